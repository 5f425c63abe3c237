#include "server/store_pool.h"

namespace chronicle::server {

StorePool::Lease StorePool::acquire(std::string& error) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<store::Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  // Opening happens outside the lock: it reads the schema version from disk.
  return Lease(this, store::Store::open(path_, store::OpenMode::read_only, error));
}

void StorePool::give_back(std::unique_ptr<store::Store> store) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(store));
}

}  // namespace chronicle::server
