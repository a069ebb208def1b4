#pragma once

#include "services/syncoverview.h"
#include "shellcontext.h"
#include "sync/syncworker.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QListWidget;
class QGroupBox;
class QProgressBar;

namespace Officine::Ui {

class NoCopyTableView;

/// The text the status bar shows for a sync status (also the panel's first line).
QString syncStatusText(const Sync::SyncStatus& status, bool configured);
/// A long pull's progress bar (a new workstation's first): shown while the status carries one.
void showSyncProgress(QProgressBar* bar, const Sync::SyncStatus& status);

/// "Synchronisation": where this workstation stands with the server (state, last success,
/// next attempt, the reason of a failure), the last syncs, the conflicts waiting for a person
/// (both values, who changed the other and when) to resolve one by one or several at once, and
/// the deletions a pull held for the titulaire. Every choice is a command; the buttons only
/// spare a click that would be refused.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(const ShellContext& context, QWidget* parent = nullptr);
    ~SyncDialog() override;
    void reload();

private:
    void resolveSelected(bool keepLocal);
    void resolveDuplicate(bool merge);
    void confirmDeletions();
    void showStatus(const Sync::SyncStatus& status);

    const ShellContext& m_context;
    Services::SyncOverview m_overview;
    std::vector<Services::ConflictView> m_conflicts;
    QSet<QString> m_shown; ///< files whose consultation this panel already traced
    QLabel* m_state;
    QLabel* m_detail;
    QProgressBar* m_progress;
    QPushButton* m_syncNow;
    QGroupBox* m_holdBox;
    QLabel* m_hold;
    QPushButton* m_confirm;
    QGroupBox* m_conflictBox;
    NoCopyTableView* m_table;
    QStandardItemModel* m_model;
    QPushButton* m_keepLocal;
    QPushButton* m_keepRemote;
    std::vector<Services::DuplicateView> m_duplicates;
    QGroupBox* m_duplicateBox;
    NoCopyTableView* m_duplicateTable;
    QStandardItemModel* m_duplicateModel;
    QPushButton* m_merge;
    QPushButton* m_different;
    QLabel* m_problem;
    QListWidget* m_log;
};

} // namespace Officine::Ui
