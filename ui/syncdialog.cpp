#include "syncdialog.h"

#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "commands/synccommands.h"
#include "duplicatesdialog.h"
#include "nocopytableview.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {

QString when(const QDateTime& t)
{
    if (!t.isValid()) {
        return QStringLiteral("—");
    }
    return QLocale(QLocale::French).toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

QString syncStatusText(const Sync::SyncStatus& s, bool configured)
{
    using State = Sync::SyncStatus::State;
    const QString waiting
        = QCoreApplication::translate("SyncDialog", "%n modification(s) en attente", nullptr, int(s.pending));
    if (!configured) {
        return QCoreApplication::translate("SyncDialog", "Synchronisation non configurée");
    }
    QString text;
    switch (s.state) {
    case State::NotConfigured:
        text = QCoreApplication::translate("SyncDialog", "Synchronisation non configurée");
        break;
    case State::NotEnrolled:
        text = QCoreApplication::translate("SyncDialog",
                                           "Poste non inscrit auprès du serveur : le titulaire "
                                           "l'inscrit en se connectant avec sa carte");
        break;
    case State::WaitingForCard:
        text = s.pending > 0
            ? QCoreApplication::translate("SyncDialog", "Synchronisation en attente d'une carte — %1")
                  .arg(waiting)
            : QCoreApplication::translate("SyncDialog", "Synchronisation en attente d'une carte");
        break;
    case State::Syncing:
        if (s.progress < 0) {
            text = QCoreApplication::translate("SyncDialog", "Synchronisation en cours…");
            break;
        }
        {
            const qint64 cap = INT_MAX;
            const int received = int(s.received < cap ? s.received : cap);
            const QString records = QCoreApplication::translate("SyncDialog", "%Ln enregistrement(s) reçu(s)",
                                                                nullptr, received);
            text = QCoreApplication::translate("SyncDialog",
                                               "Réception des données de la pharmacie : %1 % — %2")
                       .arg(s.progress)
                       .arg(records);
        }
        break;
    case State::UpToDate:
        text = QCoreApplication::translate("SyncDialog", "Synchronisation : à jour");
        break;
    case State::Pending:
        text = QCoreApplication::translate("SyncDialog", "Synchronisation : %1").arg(waiting);
        break;
    case State::Offline:
        text = QCoreApplication::translate("SyncDialog", "Hors ligne — %1").arg(waiting);
        break;
    case State::Error:
        text = QCoreApplication::translate("SyncDialog", "Erreur de synchronisation : %1").arg(s.reason);
        break;
    case State::WaitingForConfirmation:
        text = QCoreApplication::translate("SyncDialog",
                                           "Synchronisation suspendue : des suppressions attendent la "
                                           "confirmation du titulaire");
        break;
    }
    if (s.conflicts > 0) {
        text
            += QCoreApplication::translate("SyncDialog", " — %n conflit(s) à résoudre", nullptr, s.conflicts);
    }
    return text;
}

void showSyncProgress(QProgressBar* bar, const Sync::SyncStatus& s)
{
    const bool shown = s.state == Sync::SyncStatus::State::Syncing && s.progress >= 0;
    bar->setRange(0, 100);
    bar->setValue(shown ? s.progress : 0);
    bar->setVisible(shown);
}

SyncDialog::SyncDialog(const ShellContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_overview(*context.executor)
    , m_state(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QPushButton(tr("Synchroniser maintenant"), this))
    , m_holdBox(new QGroupBox(tr("Suppressions à confirmer"), this))
    , m_hold(new QLabel(m_holdBox))
    , m_confirm(new QPushButton(tr("Confirmer les suppressions"), m_holdBox))
    , m_conflictBox(new QGroupBox(tr("Conflits à résoudre"), this))
    , m_table(new NoCopyTableView(m_conflictBox))
    , m_model(new QStandardItemModel(this))
    , m_keepLocal(new QPushButton(tr("Garder la valeur de ce poste"), m_conflictBox))
    , m_keepRemote(new QPushButton(tr("Prendre la valeur de l'autre poste"), m_conflictBox))
    , m_duplicateBox(new QGroupBox(tr("Dossiers à fusionner"), this))
    , m_duplicateTable(new NoCopyTableView(m_duplicateBox))
    , m_duplicateModel(new QStandardItemModel(this))
    , m_merge(new QPushButton(tr("Fusionner les deux dossiers"), m_duplicateBox))
    , m_different(new QPushButton(tr("Ce sont deux personnes différentes"), m_duplicateBox))
    , m_problem(new QLabel(this))
    , m_log(new QListWidget(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Synchronisation"));
    m_state->setObjectName(QStringLiteral("sync.state"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_detail->setObjectName(QStringLiteral("sync.detail"));
    m_detail->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("sync.progress"));
    m_progress->setVisible(false);
    m_syncNow->setObjectName(QStringLiteral("sync.now"));
    m_hold->setObjectName(QStringLiteral("sync.hold"));
    m_hold->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("sync.confirmDeletions"));
    m_table->setObjectName(QStringLiteral("sync.conflicts"));
    m_keepLocal->setObjectName(QStringLiteral("sync.keepLocal"));
    m_keepRemote->setObjectName(QStringLiteral("sync.keepRemote"));
    m_problem->setObjectName(QStringLiteral("sync.problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_log->setObjectName(QStringLiteral("sync.log"));

    auto* top = new QHBoxLayout;
    auto* stateColumn = new QVBoxLayout;
    stateColumn->addWidget(m_state);
    stateColumn->addWidget(m_progress);
    stateColumn->addWidget(m_detail);
    top->addLayout(stateColumn, 1);
    top->addWidget(m_syncNow, 0, Qt::AlignTop);

    auto* holdLayout = new QHBoxLayout(m_holdBox);
    holdLayout->addWidget(m_hold, 1);
    holdLayout->addWidget(m_confirm, 0, Qt::AlignTop);

    m_model->setHorizontalHeaderLabels({tr("Dossier"), tr("Champ"), tr("Valeur de ce poste"),
                                        tr("Valeur de l'autre poste"), tr("Modifiée par"), tr("Le")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto* conflictLayout = new QVBoxLayout(m_conflictBox);
    auto* help
        = new QLabel(tr("Le même champ a été modifié sur ce poste et sur un autre. Tant que vous n'avez pas "
                        "choisi, ce poste garde sa valeur et n'envoie pas ce dossier. Sélectionnez une ou "
                        "plusieurs lignes, puis choisissez la valeur à retenir."),
                     m_conflictBox);
    help->setWordWrap(true);
    conflictLayout->addWidget(help);
    conflictLayout->addWidget(m_table, 1);
    auto* choice = new QHBoxLayout;
    choice->addStretch(1);
    choice->addWidget(m_keepLocal);
    choice->addWidget(m_keepRemote);
    conflictLayout->addLayout(choice);

    m_duplicateTable->setObjectName(QStringLiteral("sync.duplicates"));
    m_merge->setObjectName(QStringLiteral("sync.merge"));
    m_different->setObjectName(QStringLiteral("sync.different"));
    m_duplicateModel->setHorizontalHeaderLabels(
        {tr("Dossier conservé"), tr("Dossier fusionné dans le premier"), tr("Pourquoi")});
    m_duplicateTable->setModel(m_duplicateModel);
    m_duplicateTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicateTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicateTable->verticalHeader()->hide();
    m_duplicateTable->setWordWrap(true);
    auto* duplicateLayout = new QVBoxLayout(m_duplicateBox);
    auto* duplicateHelp = new QLabel(
        tr("Ces dossiers ont été créés sur ce poste et sur un autre pendant que ni l'un ni l'autre ne voyait "
           "le dossier de l'autre. S'il s'agit de la même personne, fusionnez-les : le dossier créé le "
           "premier est conservé et reçoit ce qui manquait."),
        m_duplicateBox);
    duplicateHelp->setWordWrap(true);
    duplicateLayout->addWidget(duplicateHelp);
    duplicateLayout->addWidget(m_duplicateTable, 1);
    auto* duplicateChoice = new QHBoxLayout;
    duplicateChoice->addStretch(1);
    duplicateChoice->addWidget(m_different);
    duplicateChoice->addWidget(m_merge);
    duplicateLayout->addLayout(duplicateChoice);

    auto* logTitle = new QLabel(tr("Dernières synchronisations"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_holdBox);
    layout->addWidget(m_conflictBox, 3);
    layout->addWidget(m_duplicateBox, 2);
    layout->addWidget(m_problem);
    layout->addWidget(logTitle);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);

    connect(m_syncNow, &QPushButton::clicked, this, [this]() {
        if (m_context.sync) {
            m_context.sync->requestSync();
        }
    });
    connect(m_confirm, &QPushButton::clicked, this, &SyncDialog::confirmDeletions);
    connect(m_keepLocal, &QPushButton::clicked, this, [this]() { resolveSelected(true); });
    connect(m_keepRemote, &QPushButton::clicked, this, [this]() { resolveSelected(false); });
    connect(m_merge, &QPushButton::clicked, this, [this]() { resolveDuplicate(true); });
    connect(m_different, &QPushButton::clicked, this, [this]() { resolveDuplicate(false); });
    connect(m_duplicateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const bool any = m_duplicateTable->selectionModel()->hasSelection();
        m_merge->setEnabled(any);
        m_different->setEnabled(any);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const bool any = m_table->selectionModel()->hasSelection();
        m_keepLocal->setEnabled(any);
        m_keepRemote->setEnabled(any);
    });
    if (m_context.sync) {
        connect(m_context.sync, &Sync::SyncWorker::statusChanged, this, &SyncDialog::showStatus);
        connect(m_context.sync, &Sync::SyncWorker::synced, this, &SyncDialog::reload);
    }
    resize(1100, 640);
    reload();
}

SyncDialog::~SyncDialog() = default;

void SyncDialog::showStatus(const Sync::SyncStatus& s)
{
    m_state->setText(syncStatusText(s, m_context.sync != nullptr));
    showSyncProgress(m_progress, s);
    QStringList lines;
    lines << tr("Dernière synchronisation réussie : %1").arg(when(s.lastSuccess));
    if (s.nextAttempt.isValid()) {
        lines << tr("Prochain essai : %1").arg(when(s.nextAttempt));
    }
    if (!s.reason.isEmpty() && s.state != Sync::SyncStatus::State::Error) {
        lines << s.reason;
    }
    if (!m_context.syncServerUrl.isEmpty()) {
        lines << tr("Serveur : %1").arg(m_context.syncServerUrl);
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_syncNow->setEnabled(m_context.sync != nullptr);
}

void SyncDialog::reload()
{
    showStatus(m_context.sync ? m_context.sync->status() : Sync::SyncStatus {});
    const auto hold = m_overview.deletionHold();
    m_holdBox->setVisible(hold.has_value());
    if (hold) {
        m_hold->setText(
            tr("Le serveur supprimerait %1 enregistrement(s) sur les %2 de ce poste (%3). Rien n'a été "
               "supprimé : le titulaire vérifie d'abord que ces suppressions sont voulues.")
                .arg(hold->deletions)
                .arg(hold->localRecords)
                .arg(hold->entity == QLatin1String("patient") ? tr("dossiers patients") : hold->entity));
        m_confirm->setEnabled(m_context.executor->allowed(Commands::Permission::SettingsManage));
    }
    m_model->removeRows(0, m_model->rowCount());
    auto conflicts = m_overview.conflicts(m_shown);
    m_conflicts = conflicts ? std::move(*conflicts) : std::vector<Services::ConflictView>();
    m_problem->setText(conflicts ? QString() : conflicts.error().userText);
    for (const Services::ConflictView& c : m_conflicts) {
        QList<QStandardItem*> row {
            new QStandardItem(c.recordLabel),
            new QStandardItem(c.fieldLabel),
            new QStandardItem(c.localText),
            new QStandardItem(c.remoteText),
            new QStandardItem(tr("%1 (poste …%2)").arg(c.remoteBy, c.remoteWorkstation)),
            new QStandardItem(when(c.remoteAt))};
        m_model->appendRow(row);
    }
    m_conflictBox->setTitle(m_conflicts.empty()
                                ? tr("Aucun conflit à résoudre")
                                : tr("%n conflit(s) à résoudre", nullptr, int(m_conflicts.size())));
    // Names, fields, authors and dates as wide as they need; both values share the rest.
    QHeaderView* header = m_table->horizontalHeader();
    for (int c : {0, 1, 4, 5}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    m_keepLocal->setEnabled(false);
    m_keepRemote->setEnabled(false);
    // No conflict: the title says so, and the room goes to what there is to decide.
    for (QWidget* w : m_conflictBox->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        w->setVisible(!m_conflicts.empty());
    }
    if (auto* box = qobject_cast<QBoxLayout*>(layout())) {
        box->setStretchFactor(m_conflictBox, m_conflicts.empty() ? 0 : 3);
    }

    m_duplicateModel->removeRows(0, m_duplicateModel->rowCount());
    auto duplicates = m_overview.duplicates(m_shown);
    m_duplicates = duplicates ? std::move(*duplicates) : std::vector<Services::DuplicateView>();
    for (const Services::DuplicateView& d : m_duplicates) {
        m_duplicateModel->appendRow({new QStandardItem(d.survivorLabel), new QStandardItem(d.absorbedLabel),
                                     new QStandardItem(DuplicatesDialog::reasonLabel(
                                         Storage::DuplicateCandidate::Reason(d.reason)))});
    }
    m_duplicateBox->setVisible(!m_duplicates.empty());
    m_duplicateBox->setTitle(tr("%n paire(s) de dossiers à fusionner ?", nullptr, int(m_duplicates.size())));
    QHeaderView* dupHeader = m_duplicateTable->horizontalHeader();
    dupHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    dupHeader->setSectionResizeMode(1, QHeaderView::Stretch);
    dupHeader->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_merge->setEnabled(false);
    m_different->setEnabled(false);
    m_log->clear();
    if (auto lines = m_overview.log()) {
        for (const Sync::LogLine& l : *lines) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(when(l.at), l.detail), m_log);
            if (l.outcome == QLatin1String("failure")) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
        }
    }
}

void SyncDialog::resolveSelected(bool keepLocal)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QStringList refused;
    int done = 0;
    for (const QModelIndex& index : rows) {
        const Services::ConflictView& c = m_conflicts.at(size_t(index.row()));
        Commands::ResolveConflictCommand command(c.uuid,
                                                 keepLocal ? Commands::ResolveConflictCommand::Keep::Local
                                                           : Commands::ResolveConflictCommand::Keep::Remote);
        if (auto r = m_context.executor->execute(command); !r) {
            refused << r.error().userText;
        } else {
            ++done;
        }
    }
    reload();
    refused.removeDuplicates();
    m_problem->setText(refused.join(QLatin1Char('\n')));
    if (done > 0 && m_context.sync) {
        m_context.sync->requestSync();
    }
}

void SyncDialog::resolveDuplicate(bool merge)
{
    const QModelIndexList rows = m_duplicateTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const Services::DuplicateView d = m_duplicates.at(size_t(rows.front().row()));
    Result<void> r;
    if (merge) {
        Commands::MergePatientsCommand command(d.survivorUuid, d.absorbedUuid,
                                               Services::SyncOverview::mergeReason());
        r = m_context.executor->execute(command);
    } else {
        Commands::DismissDuplicateCommand command(d.uuid);
        r = m_context.executor->execute(command);
    }
    reload();
    m_problem->setText(r ? QString() : r.error().userText);
    if (r && m_context.sync) {
        m_context.sync->requestSync();
    }
}

void SyncDialog::confirmDeletions()
{
    Commands::ConfirmSyncDeletionsCommand command;
    if (auto r = m_context.executor->execute(command); !r) {
        m_problem->setText(r.error().userText);
        return;
    }
    reload();
    if (m_context.sync) {
        m_context.sync->requestSync();
    }
}

} // namespace Officine::Ui
