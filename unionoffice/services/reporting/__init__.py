"""Reports sent upward, assembled from the features' own services."""
