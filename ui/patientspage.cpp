#include "patientspage.h"

#include "auditview.h"
#include "importdialog.h"
#include "nocopytableview.h"
#include "pagetitle.h"
#include "patientfileview.h"
#include "patienttablemodel.h"
#include "services/patientdirectory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {
// What a screen's list holds before it asks for a more precise search (about four screens).
constexpr int kMaxRows = 100;
} // namespace

PatientsPage::PatientsPage(Services::PatientDirectory& directory, Commands::CommandExecutor& executor,
                           Services::AuditLog* auditLog, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(m_stack))
    , m_search(new QLineEdit(m_listPage))
    , m_new(new QPushButton(tr("Nouveau patient"), m_listPage))
    , m_table(new NoCopyTableView(m_listPage))
    , m_model(new PatientTableModel(this))
    , m_count(new QLabel(m_listPage))
    , m_message(new QLabel(m_listPage))
    , m_file(new PatientFileView(directory, executor, auditLog, m_stack))
{
    setObjectName(QStringLiteral("page.patients"));
    QLabel* title = makePageTitle(tr("Patients"), m_listPage);

    m_search->setObjectName(QStringLiteral("patients.search"));
    m_search->setPlaceholderText(tr(
        "Nom, prénom, date de naissance (12/03/1948, 120348, 03/1948) ou NIR — ↓ puis Entrée pour ouvrir"));
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(QStringLiteral("patients.new"));
    m_new->setToolTip(tr("Créer un dossier (Ctrl+N)"));
    connect(m_new, &QPushButton::clicked, this, &PatientsPage::newPatient);
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &PatientsPage::newPatient);
    m_count->setObjectName(QStringLiteral("patients.count"));
    m_message->setObjectName(QStringLiteral("patients.message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_table->setObjectName(QStringLiteral("patients.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PatientTableModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(PatientTableModel::GivenNames, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    m_table->installEventFilter(this);

    auto* importButton = new QPushButton(tr("Importer…"), m_listPage);
    importButton->setObjectName(QStringLiteral("patients.import"));
    importButton->setToolTip(tr("Importer les patients d'un autre logiciel (fichier CSV)"));
    connect(importButton, &QPushButton::clicked, this, [this, &executor] {
        ImportDialog dialog(executor, this);
        dialog.exec();
        refresh();
    });
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_new);
    searchRow->addWidget(importButton);
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(title);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_message);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Search as the user types, after a short pause.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &PatientsPage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &PatientsPage::refresh);
    // A file is opened, and its consultation recorded, only by a person's deliberate act: a
    // click, Enter on the highlighted row, or a double click. Moving the highlight with the
    // arrows, a new search or a refresh after a change opens nothing.
    connect(m_table, &QAbstractItemView::clicked, this, &PatientsPage::openAt);
    connect(m_table, &QAbstractItemView::activated, this, &PatientsPage::openAt);
    m_search->installEventFilter(this);
    connect(m_file, &PatientFileView::closeRequested, this, [this] { closeFile(); });
    connect(m_file, &PatientFileView::committed, this, &PatientsPage::refresh);
    connect(m_file, &PatientFileView::openRequested, this, &PatientsPage::openFile);
}

QTabWidget* PatientsPage::detailTabs() const
{
    return m_file->tabs();
}

AuditView* PatientsPage::historyView() const
{
    return m_file->accessHistory();
}

QString PatientsPage::openPatient() const
{
    return isFileShown() ? m_file->patientUuid() : QString();
}

bool PatientsPage::isFileShown() const
{
    return m_stack->currentWidget() == m_file;
}

void PatientsPage::refresh()
{
    auto found = m_directory.search(m_search->text(), kMaxRows);
    if (!found) {
        m_model->clear();
        m_message->setText(found.error().userText);
        m_message->setVisible(true);
        m_count->clear();
        if (isFileShown()) {
            // Signed out or no longer allowed: nothing of the file stays on screen.
            m_file->clear();
            m_stack->setCurrentWidget(m_listPage);
        }
        return;
    }
    m_message->setVisible(false);
    const QString highlighted = m_table->currentIndex().isValid()
        ? m_model->data(m_table->currentIndex(), PatientTableModel::UuidRole).toString()
        : QString();
    const int shown = static_cast<int>(found->size());
    m_model->setPatients(std::move(*found));
    const QString keep = isFileShown() ? m_file->patientUuid() : highlighted;
    if (const int row = keep.isEmpty() ? -1 : m_model->rowOf(keep); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    if (m_search->text().trimmed().isEmpty()) {
        auto total = m_directory.count();
        m_count->setText(total ? tr("%n patient(s) dans l'officine", nullptr, static_cast<int>(*total))
                                 + (*total > shown
                                        ? tr(" — %n affiché(s) ; tapez un nom pour chercher.", nullptr, shown)
                                        : QString())
                               : QString());
    } else {
        m_count->setText(shown >= kMaxRows
                             ? tr("Plus de %n résultats : précisez la recherche.", nullptr, kMaxRows)
                             : tr("%n résultat(s)", nullptr, shown));
    }
}

bool PatientsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Down from the search field goes to the list, highlighting the first row (opening nothing).
    if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid()) {
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
        return true;
    }
    // Échap in the list, or Up from its first row, goes back to the field.
    if (watched == m_table
        && (key == Qt::Key_Escape || (key == Qt::Key_Up && m_table->currentIndex().row() <= 0))) {
        m_search->setFocus();
        m_search->selectAll();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsPage::openAt(const QModelIndex& index)
{
    const Model::PatientSummary* p = m_model->patientAt(index.row());
    if (p) {
        openFile(p->uuid);
    }
}

void PatientsPage::openFile(const QString& uuid)
{
    if (isFileShown() && m_file->patientUuid() == uuid) {
        return; // already open: a second click or a double click is the same opening
    }
    if (m_file->openFile(uuid)) {
        m_stack->setCurrentWidget(m_file);
        m_file->tabs()->setFocus();
    } else {
        m_message->setText(m_file->message()->text());
        m_message->setVisible(true);
    }
}

void PatientsPage::newPatient()
{
    if (isFileShown() && !closeFile()) {
        return;
    }
    // What was typed in the search is most often the family name of the person at the counter.
    const QString typed = m_search->text();
    const bool looksLikeName
        = !typed.isEmpty() && !typed.contains(QRegularExpression(QStringLiteral("[0-9]")));
    m_file->startCreation(looksLikeName ? typed.section(u' ', 0, 0) : QString());
    m_stack->setCurrentWidget(m_file);
}

bool PatientsPage::closeFile()
{
    if (!isFileShown()) {
        return true;
    }
    if (m_file->hasUnsavedChanges()) {
        QMessageBox ask(QMessageBox::Question, tr("Modifications non enregistrées"),
                        tr("Les modifications saisies dans ce dossier n'ont pas été enregistrées."),
                        QMessageBox::NoButton, this);
        auto* stay = ask.addButton(tr("Revenir au dossier"), QMessageBox::RejectRole);
        ask.addButton(tr("Abandonner les modifications"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(stay);
        ask.exec();
        if (ask.clickedButton() == stay) {
            return false;
        }
    }
    const QString was = m_file->patientUuid();
    m_file->clear();
    m_stack->setCurrentWidget(m_listPage);
    refresh();
    if (const int row = was.isEmpty() ? -1 : m_model->rowOf(was); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->setFocus();
    } else {
        m_search->setFocus();
        m_search->selectAll();
    }
    return true;
}

} // namespace Officine::Ui
