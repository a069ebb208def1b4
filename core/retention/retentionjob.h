#pragma once

#include "retention/retentionpolicy.h"
#include "util/clock.h"

namespace Officine::Audit {
class Recorder;
}

namespace Officine::Retention {

/// What one run did.
struct RunSummary
{
    int archived = 0; ///< patient files moved to the archive
    int purged = 0; ///< patient files deleted for good
    int anonymised = 0; ///< staff accounts anonymised
    qint64 auditPurged = 0; ///< audit entries past their retention, replaced by an anchor
};

/// The daily job: moves records past their active period to the archive and ends the records
/// past their archive period, each step audited as the application (account "system"). Every
/// category is its own transaction: a failure leaves the others done and itself untouched.
///
/// Categories whose records do not exist yet (shared care, dispensing, box traceability) have
/// their rule in the policy; the issues that create those records add their step here.
class Job
{
    Q_DECLARE_TR_FUNCTIONS(RetentionJob)

public:
    Job(Storage::Store& store, Audit::Recorder& recorder, const Clock& clock)
        : m_store(store)
        , m_recorder(recorder)
        , m_clock(clock)
    {
    }
    Result<RunSummary> run();
    /// Runs once per local day: the date of the last run is kept in the store.
    Result<std::optional<RunSummary>> runIfDue();

private:
    Result<void> patientFiles(const Rule& rule, RunSummary& summary);
    Result<void> staffAccounts(const Rule& rule, RunSummary& summary);
    Result<void> auditTrail(const Rule& rule, RunSummary& summary);

    Storage::Store& m_store;
    Audit::Recorder& m_recorder;
    const Clock& m_clock;
};

} // namespace Officine::Retention
