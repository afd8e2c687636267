set(STAGE_SOURCES child_process.cpp connection_pooler.cpp embedded_cluster.cpp database_target.cpp record_store.cpp record_queries.cpp
    record_loading.cpp batch_loader.cpp)
