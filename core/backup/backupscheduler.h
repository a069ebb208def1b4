#pragma once

#include "backup/backupservice.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <functional>

namespace Officine::Audit {
class Recorder;
}

namespace Officine::Backup {

/// The daily encrypted backup to the titulaire's folder (a NAS or a removable drive), keeping
/// the last N. The status it records in Settings is what the status bar shows; a failure is
/// recorded and shown, never swallowed.
///
/// The job itself runs on a worker thread (it opens its own store connection); preparing it
/// (reading the key and passphrase from the keychain) happens on the scheduler's thread.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<BackupOutcome>(const QString& destination)>;
    using JobFactory = std::function<Result<Job>()>;

    enum class State { NotConfigured, UpToDate, Due, Running, Failed };
    Q_ENUM(State)

    BackupScheduler(Settings& settings, const Clock& clock, JobFactory factory, QObject* parent = nullptr);
    ~BackupScheduler() override;

    /// Records each daily or manual backup, and each failure, in the audit trail.
    void setAudit(Audit::Recorder* recorder) { m_audit = recorder; }

    bool isConfigured() const;
    /// Configured, no good backup today, past the configured hour, and no failed try in the
    /// last 30 minutes.
    bool isDue() const;
    bool isRunning() const { return m_running; }
    State state() const;

    /// Starts the backup if it is due. Call it from a timer.
    void tick();
    /// Starts a backup now (the "Sauvegarder maintenant" action). Returns false if one runs.
    bool runNow();

    static QString fileNameFor(const QDateTime& localTime);
    /// Our backup files in `folder`, oldest first.
    static QStringList backupsIn(const QString& folder);
    /// Deletes the oldest of our backup files beyond `keep`; returns the removed names.
    static QStringList prune(const QString& folder, int keep);

Q_SIGNALS:
    void started();
    void finished(bool success);
    void stateChanged();

private:
    void recordFailure(const Error& error);
    void onJobFinished();

    Settings& m_settings;
    const Clock& m_clock;
    JobFactory m_factory;
    Audit::Recorder* m_audit = nullptr;
    bool m_running = false;
    QFutureWatcher<Result<BackupOutcome>> m_watcher;
};

} // namespace Officine::Backup
