"""The resources of the namespaced clients, one module per top-level resource (loaded on first use)."""
