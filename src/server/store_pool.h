// StorePool: read-only Store connections for the server's worker threads.
//
// A Store is one SQLite connection and may be used by one thread at a time (store.h). The pool
// opens connections on demand, lends each to one request at a time, and keeps it for the next:
// with N worker threads there are at most N connections, each read-only, and WAL lets all of them
// read while an ingest writes. Safe for concurrent use.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace chronicle::server {

class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  // A connection lent until the Lease is destroyed; empty (with `error`) when the store cannot be opened.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->give_back(std::move(store_));
    }
    explicit operator bool() const { return store_ != nullptr; }
    store::Store& operator*() { return *store_; }
    store::Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  Lease acquire(std::string& error);
  const std::string& path() const { return path_; }

 private:
  void give_back(std::unique_ptr<store::Store> store);

  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace chronicle::server
