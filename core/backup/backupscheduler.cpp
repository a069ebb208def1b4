#include "backupscheduler.h"

#include "audit/auditrecorder.h"
#include "logging/logging.h"
#include "util/threadcleanup.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace Officine::Backup {

namespace {
constexpr int kRetryAfterFailureMinutes = 30;

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^officine-\d{8}-\d{6}\.obak$)"));
    return re;
}

class SchedulerTr
{
    Q_DECLARE_TR_FUNCTIONS(BackupScheduler)
public:
    static QString missingFolder()
    {
        return tr("Le dossier de sauvegarde est inaccessible (lecteur réseau ou support amovible "
                  "déconnecté ?).");
    }
};
} // namespace

BackupScheduler::BackupScheduler(Settings& settings, const Clock& clock, JobFactory factory, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_factory(std::move(factory))
{
    connect(&m_watcher, &QFutureWatcher<Result<BackupOutcome>>::finished, this,
            &BackupScheduler::onJobFinished);
}

BackupScheduler::~BackupScheduler()
{
    m_watcher.waitForFinished();
}

bool BackupScheduler::isConfigured() const
{
    return !m_settings.string(Settings::Key::BackupFolder).isEmpty();
}

bool BackupScheduler::isDue() const
{
    if (!isConfigured() || m_running) {
        return false;
    }
    const QDateTime now = m_clock.now().toLocalTime();
    const QDateTime lastSuccess = m_settings.dateTime(Settings::Key::LastBackupSuccess);
    if (lastSuccess.isValid() && lastSuccess.toLocalTime().date() >= now.date()) {
        return false;
    }
    if (now.time().hour() < m_settings.integer(Settings::Key::BackupHour)) {
        // Before today's hour: due only if yesterday's backup was missed as well.
        if (lastSuccess.isValid() && lastSuccess.toLocalTime().date() >= now.date().addDays(-1)) {
            return false;
        }
    }
    const QDateTime lastFailure = m_settings.dateTime(Settings::Key::LastBackupFailure);
    if (lastFailure.isValid() && lastFailure > lastSuccess
        && lastFailure.secsTo(m_clock.now()) < kRetryAfterFailureMinutes * 60) {
        return false;
    }
    return true;
}

BackupScheduler::State BackupScheduler::state() const
{
    if (m_running) {
        return State::Running;
    }
    if (!isConfigured()) {
        return State::NotConfigured;
    }
    const QDateTime lastSuccess = m_settings.dateTime(Settings::Key::LastBackupSuccess);
    const QDateTime lastFailure = m_settings.dateTime(Settings::Key::LastBackupFailure);
    if (lastFailure.isValid() && (!lastSuccess.isValid() || lastFailure > lastSuccess)) {
        return State::Failed;
    }
    if (!lastSuccess.isValid()
        || lastSuccess.toLocalTime().date() < m_clock.now().toLocalTime().date().addDays(-1)) {
        return State::Due;
    }
    return State::UpToDate;
}

void BackupScheduler::tick()
{
    if (isDue()) {
        runNow();
    }
}

bool BackupScheduler::runNow()
{
    if (m_running) {
        return false;
    }
    const QString folder = m_settings.string(Settings::Key::BackupFolder);
    if (folder.isEmpty()) {
        return false;
    }
    if (!QDir(folder).exists()) {
        recordFailure(Error(ErrorCode::BackupIo, SchedulerTr::missingFolder(),
                            QStringLiteral("backup folder missing")));
        return false;
    }
    auto job = m_factory();
    if (!job) {
        recordFailure(job.error());
        return false;
    }
    const QString destination = QDir(folder).filePath(fileNameFor(m_clock.now().toLocalTime()));
    m_running = true;
    Q_EMIT started();
    Q_EMIT stateChanged();
    m_watcher.setFuture(QtConcurrent::run([job = std::move(*job), destination]() {
        const ThreadCryptoScope cryptoState;
        return job(destination);
    }));
    return true;
}

void BackupScheduler::onJobFinished()
{
    m_running = false;
    const Result<BackupOutcome> result = m_watcher.result();
    if (!result) {
        recordFailure(result.error());
        Q_EMIT finished(false);
        Q_EMIT stateChanged();
        return;
    }
    if (m_audit) {
        if (auto r = m_audit->recordSystem(BackupService::auditEntry(result, QStringLiteral("daily"))); !r) {
            qCWarning(lcBackup).noquote() << "backup not recorded in the audit trail:" << r.error().logText;
        }
    }
    m_settings.setValue(Settings::Key::LastBackupSuccess, result->at.toUTC().toString(Qt::ISODate));
    m_settings.setValue(Settings::Key::LastBackupPath, QFileInfo(result->path).fileName());
    m_settings.setValue(Settings::Key::LastBackupError, QString());
    const QString folder = QFileInfo(result->path).absolutePath();
    const QStringList removed = prune(folder, m_settings.integer(Settings::Key::BackupKeep));
    qCInfo(lcBackup) << "daily backup done; pruned" << removed.size() << "old backup(s)";
    Q_EMIT finished(true);
    Q_EMIT stateChanged();
}

void BackupScheduler::recordFailure(const Error& error)
{
    qCWarning(lcBackup).noquote() << "backup failed:" << error.logText;
    if (m_audit) {
        const Result<BackupOutcome> failed = fail(error);
        if (auto r = m_audit->recordSystem(BackupService::auditEntry(failed, QStringLiteral("daily"))); !r) {
            qCWarning(lcBackup).noquote()
                << "backup failure not recorded in the audit trail:" << r.error().logText;
        }
    }
    m_settings.setValue(Settings::Key::LastBackupFailure, m_clock.now().toUTC().toString(Qt::ISODate));
    m_settings.setValue(Settings::Key::LastBackupError, error.userText);
    Q_EMIT stateChanged();
}

QString BackupScheduler::fileNameFor(const QDateTime& localTime)
{
    return QStringLiteral("officine-") + localTime.toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".obak");
}

QStringList BackupScheduler::backupsIn(const QString& folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    names.removeIf([](const QString& n) { return !backupNamePattern().match(n).hasMatch(); });
    return names;
}

QStringList BackupScheduler::prune(const QString& folder, int keep)
{
    keep = std::max(keep, 1);
    QStringList names = backupsIn(folder);
    QStringList removed;
    while (names.size() > keep) {
        const QString oldest = names.takeFirst();
        if (QFile::remove(QDir(folder).filePath(oldest))) {
            removed << oldest;
        }
    }
    return removed;
}

} // namespace Officine::Backup
