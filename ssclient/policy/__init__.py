"""The agency's numbers: rates, base limits, window, back-pay limits, rounding — loaded from data."""

from ssclient.policy.loader import default_policy, load_policy, parse_policy
from ssclient.policy.model import InsurancePolicy, Policy, PolicyError

__all__ = ["InsurancePolicy", "Policy", "PolicyError", "default_policy", "load_policy", "parse_policy"]
