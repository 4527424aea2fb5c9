"""A learned second opinion on urgency (issue 11, point 2): a small linear model over the
message's character n-grams and the rules' own findings, trained on the team's labelled
corpus (`bench/train_second_opinion.py`) and shipped here as a file. It may only raise a
level the rules gave, and each raise carries a reason an operator reads.
"""
