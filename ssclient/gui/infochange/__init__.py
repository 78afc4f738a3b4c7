"""Business → Personnel information change (人员信息变更): pick a person from the local roster, correct
their facts, see each correction beside what the roster has, save to the draft box."""
