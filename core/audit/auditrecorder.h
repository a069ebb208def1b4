#pragma once

#include "audit/auditentry.h"
#include "util/clock.h"
#include "util/result.h"

#include <vector>

namespace Officine::Storage {
class Store;
}
namespace Officine::Commands {
struct Actor;
}

namespace Officine::Audit {

/// Writes audit entries on behalf of an actor: the command executor's entry for each command
/// (inside the command's transaction), refusals, reads, sign-in events, exports. Fills the time
/// from the injected clock and the actor's account and idNat_PS.
class Recorder
{
public:
    Recorder(Storage::Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock)
    {
    }

    /// Appends `entry` for `actor` (nullptr: nobody signed in). Inside the store's open
    /// transaction if there is one, else in its own.
    Result<void> record(const Commands::Actor* actor, Entry entry);
    /// Several entries by the same actor, in this order, one after the other in the chain.
    Result<void> record(const Commands::Actor* actor, std::vector<Entry> entries);
    /// The same for what the application does by itself (retention, start-up check).
    Result<void> recordSystem(Entry entry);

    /// A short machine reason for a refusal: "not_signed_in", "permission:staff.manage"…
    static QString reasonFor(const Error& error, const QString& permission = {});

    Storage::Store& store() { return m_store; }
    const Clock& clock() const { return m_clock; }

private:
    Storage::Store& m_store;
    const Clock& m_clock;
};

} // namespace Officine::Audit
