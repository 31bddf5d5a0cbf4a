"""The honours register: honour lists per year, the quota for competition winners, certificates and the decision.

Competition results reach this feature only as members' distinctions (services/members/distinctions.py), never by
importing competitions; finalising a list writes the members' own distinctions in turn.
"""
