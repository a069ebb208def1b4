#pragma once

#include "shellcontext.h"
#include "workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <array>
#include <memory>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace Officine::Ui {

class LockScreen;
class PatientsPage;

/// The application shell: the current person's workspace (navigation and pages), the lock
/// screen when nobody is signed in, a status bar (who is signed in, the store, sync and
/// backups), settings and About.
///
/// Locking takes the workspace out of the widget tree (kept, parentless, for its owner) and
/// shows the lock screen: a locked window holds no health data at all. Another person's card
/// gets their own workspace; the first person's unsaved input waits in theirs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Section = Workspace::Section;
    static constexpr int sectionCount = Workspace::sectionCount;

    explicit MainWindow(ShellContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    QAction* sectionAction(Section section) const { return m_sectionActions[static_cast<size_t>(section)]; }
    static QString sectionId(Section section) { return Workspace::sectionId(section); }
    static QString sectionTitle(Section section) { return Workspace::sectionTitle(section); }
    /// The visible workspace's patients page (nullptr while locked).
    PatientsPage* patientsPage() const;
    bool isLocked() const { return !m_current; }

public Q_SLOTS:
    void showSection(Officine::Ui::Workspace::Section section);
    void refreshStatus();
    void showSettings();
    void showAbout();
    void backupNow();
    /// "Signer le journal de traçabilité" (titulaire): PIN, then the card signs the head.
    void signAuditTrail();
    void showSync();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void buildStatusBar();
    void restoreWindowState();
    void showWorkspaceOf(const QString& accountUuid);
    void lockWorkspace();
    /// The audit trail's start-up verification in the status bar, and the titulaire's warning
    /// (once per account and run) when it failed.
    void refreshAuditStatus();
    /// The sync worker's state in the status bar (and a long pull's progress bar).
    void showSyncStatus();

    ShellContext m_context;
    QStackedWidget* m_shell;
    LockScreen* m_lockScreen = nullptr;
    Workspace* m_current = nullptr;
    QHash<QString, Workspace*> m_workspaces; ///< parentless while not shown; deleted with the window
    std::array<QAction*, sectionCount> m_sectionActions {};
    QAction* m_backupNow = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_signTrail = nullptr;
    QLabel* m_staffStatus;
    QLabel* m_storeStatus;
    QLabel* m_syncStatus;
    QProgressBar* m_syncProgress;
    QLabel* m_backupStatus;
    QLabel* m_auditStatus;
    QSet<QString> m_warnedOfAudit; ///< titulaires already warned of a broken trail
};

} // namespace Officine::Ui
