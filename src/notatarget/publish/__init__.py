"""Publishing: exports (HXL, CSV, GeoJSON, XLSX, JSON lines), the public field policy and the monthly brief.

Everything public goes through :func:`public_record` under a policy from :func:`load_policy`; see
docs/public-field-policy.md and docs/exchange.md.
"""

from notatarget.publish.export import FORMATS, Filters, export, records
from notatarget.publish.policy import DEFAULT_POLICY, PUBLISHABLE, Policy, load_policy, public_record

__all__ = [
    "DEFAULT_POLICY",
    "FORMATS",
    "PUBLISHABLE",
    "Filters",
    "Policy",
    "export",
    "load_policy",
    "public_record",
    "records",
]
