#include "auditview.h"

#include "documentexport.h"
#include "nocopytableview.h"
#include "services/patientdirectory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>

namespace Officine::Ui {

AuditView::AuditView(Services::AuditLog& log, Services::PatientDirectory* patients, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_patients(patients)
    , m_patientSearch(new QLineEdit(this))
    , m_patient(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new NoCopyTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
    , m_csv(new QPushButton(tr("Exporter en CSV…"), this))
    , m_pdf(new QPushButton(tr("Exporter en PDF…"), this))
    , m_patientRow(new QWidget(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_patientSearch->setObjectName(QStringLiteral("audit.patientSearch"));
    m_patientSearch->setPlaceholderText(tr("Nom du patient, puis Entrée"));
    m_patientSearch->setClearButtonEnabled(true);
    m_patient->setObjectName(QStringLiteral("audit.patient"));
    m_patient->addItem(tr("Tous les patients"), QString());
    m_patient->setMinimumContentsLength(24);
    m_staff->setObjectName(QStringLiteral("audit.staff"));
    m_action->setObjectName(QStringLiteral("audit.action"));
    m_action->addItem(tr("Toutes les actions"), QString());
    for (Audit::Action a : Audit::allActions) {
        m_action->addItem(Audit::actionLabel(a), Audit::actionId(a));
    }
    m_from->setObjectName(QStringLiteral("audit.from"));
    m_to->setObjectName(QStringLiteral("audit.to"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_from->setDate(m_log.today().addMonths(-3));
    m_to->setDate(m_log.today());
    m_table->setObjectName(QStringLiteral("audit.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("audit.status"));
    m_csv->setObjectName(QStringLiteral("audit.exportCsv"));
    m_pdf->setObjectName(QStringLiteral("audit.exportPdf"));

    auto* patientLayout = new QHBoxLayout(m_patientRow);
    patientLayout->setContentsMargins(0, 0, 0, 0);
    patientLayout->addWidget(new QLabel(tr("Patient :"), m_patientRow));
    patientLayout->addWidget(m_patientSearch, 1);
    patientLayout->addWidget(m_patient, 1);

    // Combos that may shrink to a dozen characters and the period on a row of its own: the
    // view also lives in a patient file's tab, beside the patient list, where room is short.
    for (QComboBox* c : {m_staff, m_action}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    // In a patient file's history (no patient picker), beside the patient list where room is
    // short: one filter a row.
    const bool narrow = !m_patients;
    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Membre de l'équipe :"), this), 0, 0);
    filters->addWidget(m_staff, 0, 1);
    filters->addWidget(new QLabel(tr("Action :"), this), narrow ? 1 : 0, narrow ? 0 : 2);
    filters->addWidget(m_action, narrow ? 1 : 0, narrow ? 1 : 3);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Du"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("au"), this));
    period->addWidget(m_to);
    period->addStretch();
    filters->addLayout(period, narrow ? 2 : 1, 0, 1, 4);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, narrow ? 0 : 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_csv);
    actions->addWidget(m_pdf);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_patientRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_patientSearch, &QLineEdit::returnPressed, this, &AuditView::findPatients);
    for (QComboBox* c : {m_patient, m_staff, m_action}) {
        connect(c, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::refresh);
    auto exportTo = [this](bool pdf) {
        const QString path = QFileDialog::getSaveFileName(
            this, pdf ? tr("Exporter la traçabilité en PDF") : tr("Exporter la traçabilité en CSV"),
            pdf ? tr("tracabilite.pdf") : tr("tracabilite.csv"),
            pdf ? tr("Document PDF (*.pdf)") : tr("Tableau CSV (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        auto r = pdf ? exportPdf(path) : exportCsv(path);
        if (!r) {
            QMessageBox::warning(this, tr("Export"), r.error().userText);
        } else {
            m_status->setText(tr("%n ligne(s) exportée(s).", nullptr, int(m_rows.size())));
        }
    };
    connect(m_csv, &QPushButton::clicked, this, [exportTo]() { exportTo(false); });
    connect(m_pdf, &QPushButton::clicked, this, [exportTo]() { exportTo(true); });
    reloadActors();
}

void AuditView::setFixedPatient(const QString& uuid)
{
    m_fixedPatient = uuid;
    m_patientRow->setVisible(false);
    {
        const QSignalBlocker blocker(m_from); // one query, below
        m_from->setDate(QDate(2000, 1, 1));
    }
    refresh();
}

void AuditView::reloadActors()
{
    const QSignalBlocker blocker(m_staff);
    const QString current = m_staff->currentData().toString();
    m_staff->clear();
    m_staff->addItem(tr("Toute l'équipe"), QString());
    if (auto actors = m_log.actors()) {
        for (const auto& [uuid, name] : *actors) {
            m_staff->addItem(name, uuid);
        }
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(current)));
}

void AuditView::findPatients()
{
    if (!m_patients) {
        return;
    }
    auto found = m_patients->search(m_patientSearch->text(), 30);
    if (!found) {
        m_status->setText(found.error().userText);
        return;
    }
    const QSignalBlocker blocker(m_patient);
    m_patient->clear();
    m_patient->addItem(tr("Tous les patients"), QString());
    for (const Model::PatientSummary& p : *found) {
        m_patient->addItem(p.displayName() + QStringLiteral(" — ") + p.birthDate.toDisplay(), p.uuid);
    }
    m_patient->setCurrentIndex(found->empty() ? 0 : 1);
    refresh();
}

Audit::Filter AuditView::filter() const
{
    Audit::Filter f;
    f.patientUuid = m_fixedPatient.isEmpty() ? m_patient->currentData().toString() : m_fixedPatient;
    f.accountUuid = m_staff->currentData().toString();
    if (const QString a = m_action->currentData().toString(); !a.isEmpty()) {
        f.action = Audit::actionFromId(a);
    }
    f.from = m_from->date().startOfDay();
    f.to = m_to->date().addDays(1).startOfDay();
    return f;
}

void AuditView::reload()
{
    reloadActors();
    refresh();
}

void AuditView::refresh()
{
    auto rows = m_log.query(filter());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(Services::AuditLog::columnHeaders());
    if (!rows) {
        m_rows.clear();
        m_status->setText(rows.error().userText);
        m_csv->setEnabled(false);
        m_pdf->setEnabled(false);
        return;
    }
    m_rows = std::move(*rows);
    for (const Services::AuditRow& r : m_rows) {
        QList<QStandardItem*> items;
        for (const QString& text : r.cells()) {
            auto* item = new QStandardItem(text);
            item->setToolTip(text);
            items << item;
        }
        if (r.entry.outcome != Audit::Outcome::Success) {
            for (QStandardItem* item : items) {
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            }
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n entrée(s).", nullptr, int(m_rows.size())));
    m_csv->setEnabled(!m_rows.empty());
    m_pdf->setEnabled(!m_rows.empty());
}

int AuditView::rowCount() const
{
    return m_model->rowCount();
}

QString AuditView::describeFilter() const
{
    QStringList parts;
    if (!m_fixedPatient.isEmpty() || !m_patient->currentData().toString().isEmpty()) {
        parts
            << tr("patient : %1").arg(m_fixedPatient.isEmpty() ? m_patient->currentText() : tr("ce patient"));
    }
    if (!m_staff->currentData().toString().isEmpty()) {
        parts << tr("membre : %1").arg(m_staff->currentText());
    }
    if (!m_action->currentData().toString().isEmpty()) {
        parts << tr("action : %1").arg(m_action->currentText());
    }
    parts << tr("du %1 au %2")
                 .arg(m_from->date().toString(QStringLiteral("dd/MM/yyyy")),
                      m_to->date().toString(QStringLiteral("dd/MM/yyyy")));
    return parts.join(QStringLiteral(" ; "));
}

Result<void> AuditView::writeExport(const QString& path, const QString& format,
                                    const std::function<Result<void>(QIODevice&)>& write)
{
    return writeHealthDataFile(path, write, [this, &format](qint64) {
        return m_log.recordExport(filter(), format, qsizetype(m_rows.size()));
    });
}

Result<void> AuditView::exportCsv(const QString& path)
{
    return writeExport(path, QStringLiteral("csv"),
                       [this](QIODevice& out) { return Services::AuditLog::writeCsv(m_rows, out); });
}

Result<void> AuditView::exportPdf(const QString& path)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' cellpadding='3' "
                                  "width='100%'><tr>")
                       .arg(tr("Traçabilité").toHtmlEscaped(), describeFilter().toHtmlEscaped());
    for (const QString& h : Services::AuditLog::columnHeaders()) {
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const Services::AuditRow& r : m_rows) {
        html += QStringLiteral("<tr>");
        for (const QString& c : r.cells()) {
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("%n entrée(s). Document confidentiel : il contient des données de santé.", nullptr,
                        int(m_rows.size()))
                         .toHtmlEscaped());
    return writeExport(path, QStringLiteral("pdf"), [&html](QIODevice& out) -> Result<void> {
        printHtmlToPdf(html, tr("Traçabilité"), out, true, 7);
        return {};
    });
}

} // namespace Officine::Ui
