#pragma once

#include <QObject>
#include <QTimer>

namespace Officine::Backup {
class BackupScheduler;
}
namespace Officine::Retention {
class Job;
}
namespace Officine::Audit {
class BackgroundVerification;
}

namespace Officine::Services {

/// The workstation's recurring jobs: the daily backup (checked every minute, first 5 s after
/// start) and the retention job (checked hourly, and as soon as the start-up verification of the
/// audit trail ends). The signed checkpoint is not here: it needs a pharmacist's PIN, so it
/// rides on the day's first card sign-in (Auth::SignInFlow).
///
/// Rule: the retention job never runs while the trail's verification walks it, since it may
/// purge audit entries past 10 years, which a walk in progress must not see vanish.
///
/// Thread-safety: on the thread of the store the jobs use (the GUI thread).
class DailyJobs : public QObject
{
    Q_OBJECT

public:
    /// Any of them may be null (a test, a profile without backups).
    DailyJobs(Backup::BackupScheduler* backups, Retention::Job* retention,
              const Audit::BackgroundVerification* verification, QObject* parent = nullptr);

    void start();
    void stop();

    /// Runs the retention job if it is due and the verification is not running; returns
    /// whether it was allowed to run.
    bool runRetention();

private:
    Backup::BackupScheduler* m_backups;
    Retention::Job* m_retention;
    const Audit::BackgroundVerification* m_verification;
    QTimer m_backupTimer;
    QTimer m_retentionTimer;
};

} // namespace Officine::Services
