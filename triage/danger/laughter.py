"""Laughter in any script: a message that laughs at what it tells is not meant seriously."""

from __future__ import annotations

import re

# Laughter in any script, read in the text as written (folding makes "哈哈哈" one "哈"):
# laughing faces, "哈哈", "ههههه", "kkkk", "xD".
LAUGHTER = re.compile(
    r"[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F61C\U0001F61D\U0001F639]|哈{2,}|ه{3,}|[kK]{4,}|\bxD\b"
    # Issue 11, sixth round: Cyrillic laughter ("хахаха", "ахаха", "лол").
    r"|(?i:(?:ха){2,}|(?:ах){2,}|\bлол\b)"
)
