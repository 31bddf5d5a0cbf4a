"""Performance harness: each area measures UnionOffice beside the raw library doing the same job."""
