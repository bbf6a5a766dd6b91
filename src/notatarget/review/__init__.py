"""The verification workflow shared by the web app and the command line (see :mod:`.workflow`)."""

from notatarget.review.workflow import (
    EDITABLE,
    SSA_CRITERIA,
    TRANSITIONS,
    ReviewError,
    apply_action,
    edit_fields,
    get_incident,
    grade_certainty,
    merge,
    review_queue,
    split,
)

__all__ = [
    "EDITABLE",
    "SSA_CRITERIA",
    "TRANSITIONS",
    "ReviewError",
    "apply_action",
    "edit_fields",
    "get_incident",
    "grade_certainty",
    "merge",
    "review_queue",
    "split",
]
