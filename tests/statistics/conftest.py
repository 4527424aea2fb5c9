from tests.staff_fixtures import Staff, other_operator, staff, supervisor

__all__ = ["Staff", "other_operator", "staff", "supervisor"]
