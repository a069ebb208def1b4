#include "dailyjobs.h"

#include "audit/backgroundverification.h"
#include "backup/backupscheduler.h"
#include "logging/logging.h"
#include "retention/retentionjob.h"

namespace Officine::Services {

DailyJobs::DailyJobs(Backup::BackupScheduler* backups, Retention::Job* retention,
                     const Audit::BackgroundVerification* verification, QObject* parent)
    : QObject(parent)
    , m_backups(backups)
    , m_retention(retention)
    , m_verification(verification)
{
    m_backupTimer.setInterval(60 * 1000);
    m_retentionTimer.setInterval(60 * 60 * 1000);
    if (m_backups) {
        connect(&m_backupTimer, &QTimer::timeout, m_backups, &Backup::BackupScheduler::tick);
    }
    connect(&m_retentionTimer, &QTimer::timeout, this, &DailyJobs::runRetention);
    if (m_verification) {
        connect(m_verification, &Audit::BackgroundVerification::finished, this, &DailyJobs::runRetention);
    }
}

void DailyJobs::start()
{
    m_retentionTimer.start();
    if (m_backups) {
        m_backupTimer.start();
        QTimer::singleShot(5000, m_backups, &Backup::BackupScheduler::tick);
    }
    // Without a verification to wait for, the retention job may run at once.
    if (!m_verification) {
        runRetention();
    }
}

void DailyJobs::stop()
{
    m_backupTimer.stop();
    m_retentionTimer.stop();
}

bool DailyJobs::runRetention()
{
    if (!m_retention) {
        return false;
    }
    using State = Audit::BackgroundVerification::State;
    if (m_verification && m_verification->state() == State::Running) {
        return false;
    }
    if (auto r = m_retention->runIfDue(); !r) {
        qCWarning(lcApp).noquote() << "retention job failed:" << r.error().logText;
    }
    return true;
}

} // namespace Officine::Services
