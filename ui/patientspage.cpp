#include "patientspage.h"

#include "auditview.h"
#include "nocopytableview.h"
#include "pagetitle.h"
#include "patienttablemodel.h"
#include "services/patientdirectory.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {

constexpr int kMaxRows = 200;

QString formatNir(const QString& nir)
{
    if (nir.size() != 15) {
        return nir;
    }
    return nir.mid(0, 1) + u' ' + nir.mid(1, 2) + u' ' + nir.mid(3, 2) + u' ' + nir.mid(5, 2) + u' '
        + nir.mid(7, 3) + u' ' + nir.mid(10, 3) + u' ' + nir.mid(13, 2);
}

} // namespace

PatientsPage::PatientsPage(Services::PatientDirectory& directory, Services::AuditLog* auditLog,
                           QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_search(new QLineEdit(this))
    , m_table(new NoCopyTableView(this))
    , m_model(new PatientTableModel(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QWidget(this))
    , m_detailsForm(new QFormLayout)
{
    setObjectName(QStringLiteral("page.patients"));
    QLabel* title = makePageTitle(tr("Patients"), this);

    m_search->setObjectName(QStringLiteral("patients.search"));
    m_search->setPlaceholderText(tr("Rechercher : début du nom, puis du prénom (ex. « dup je »)"));
    m_search->setClearButtonEnabled(true);
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
    header->setSectionResizeMode(PatientTableModel::GivenNames, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);

    m_details->setObjectName(QStringLiteral("patients.details"));
    auto* detailsLayout = new QVBoxLayout(m_details);
    m_detailsTitle = new QLabel(m_details);
    m_detailsTitle->setObjectName(QStringLiteral("patients.openTitle"));
    m_detailsTitle->setWordWrap(true);
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(m_detailsForm);
    detailsLayout->addStretch();
    m_details->setMinimumWidth(290);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patients.tabs"));
    m_tabs->addTab(m_details, tr("Dossier"));
    if (auditLog) {
        m_history = new AuditView(*auditLog, nullptr, m_tabs);
        m_history->setObjectName(QStringLiteral("patients.history"));
        m_tabs->addTab(m_history, tr("Historique des accès"));
        m_tabs->setTabEnabled(1, false);
    }
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    // The list takes what the open file does not need (the stretch factors only share what a
    // resize adds: without this the table starts at its small size hint, columns hidden).
    splitter->setSizes({1100, 320});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

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
    clearDetails();
}

void PatientsPage::refresh()
{
    auto found = m_directory.search(m_search->text(), kMaxRows);
    if (!found) {
        m_model->clear();
        clearDetails();
        m_message->setText(found.error().userText);
        m_message->setVisible(true);
        m_count->clear();
        return;
    }
    m_message->setVisible(false);
    const int shown = static_cast<int>(found->size());
    m_model->setPatients(std::move(*found));
    // The open file stays open (and highlighted) while it is in the list; a list without it
    // closes it, so that no one acts on a file they no longer see.
    const int openRow = m_openUuid.isEmpty() ? -1 : m_model->rowOf(m_openUuid);
    if (openRow >= 0) {
        m_table->setCurrentIndex(m_model->index(openRow, 0));
    } else if (!m_openUuid.isEmpty()) {
        clearDetails();
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
    // Down from the search field goes to the list, highlighting the first row (opening nothing).
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid()) {
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsPage::openAt(const QModelIndex& index)
{
    const Model::PatientSummary* p = m_model->patientAt(index.row());
    if (!p || p->uuid == m_openUuid) {
        return; // already open: a second click or a double click is the same opening
    }
    showDetails(p->uuid);
}

void PatientsPage::clearDetails()
{
    m_openUuid.clear();
    m_detailsTitle->setText(tr("Identité et coordonnées"));
    if (m_history) {
        m_tabs->setCurrentIndex(0);
        m_tabs->setTabEnabled(1, false);
    }
    while (m_detailsForm->rowCount() > 0) {
        m_detailsForm->removeRow(0);
    }
    auto* hint = new QLabel(tr("Sélectionnez un patient dans la liste."), m_details);
    hint->setEnabled(false);
    m_detailsForm->addRow(hint);
}

void PatientsPage::showDetails(const QString& uuid)
{
    auto patient = m_directory.get(uuid);
    m_openUuid = patient ? uuid : QString();
    while (m_detailsForm->rowCount() > 0) {
        m_detailsForm->removeRow(0);
    }
    if (m_history) {
        // After the file's own `view` entry, so the history shows this consultation too.
        m_history->setFixedPatient(uuid);
        m_tabs->setTabEnabled(1, bool(patient));
    }
    if (!patient) {
        m_detailsForm->addRow(new QLabel(patient.error().userText, m_details));
        return;
    }
    const Model::Patient& p = *patient;
    m_detailsTitle->setText(p.displayName());
    // Plain labels, not selectable: health data is not offered to the clipboard.
    auto row = [this](const QString& label, const QString& value) {
        auto* v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_details);
        v->setMinimumWidth(v->sizeHint().width());
        m_detailsForm->addRow(label, v);
    };
    row(tr("Nom de naissance"), p.birthFamilyName.toUpper());
    if (!p.usedFamilyName.isEmpty()) {
        row(tr("Nom d'usage"), p.usedFamilyName.toUpper());
    }
    row(tr("Prénoms"), p.givenNames);
    row(tr("Sexe"),
        p.sex == Model::Sex::Female     ? tr("Féminin")
            : p.sex == Model::Sex::Male ? tr("Masculin")
                                        : tr("Non précisé"));
    row(tr("Date de naissance"), p.birthDate.toDisplay());
    row(tr("NIR"), formatNir(p.nir));
    row(tr("Adresse"), QString(p.addressLine + u'\n' + p.postalCode + u' ' + p.city).trimmed());
    row(tr("Téléphone"), p.phone);
    row(tr("Courriel"), p.email);
}

} // namespace Officine::Ui
