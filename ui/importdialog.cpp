#include "importdialog.h"

#include "commands/commandexecutor.h"
#include "model/patientfields.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {
constexpr int kPreviewRows = 5;
}

ImportDialog::ImportDialog(Commands::CommandExecutor& executor, QWidget* parent)
    : QDialog(parent)
    , m_executor(executor)
    , m_file(new QLabel(tr("Aucun fichier choisi."), this))
    , m_preview(new QTableWidget(this))
    , m_rejected(new QTableWidget(0, 2, this))
    , m_summary(new QLabel(this))
    , m_check(new QPushButton(tr("Vérifier (essai à blanc)"), this))
    , m_import(new QPushButton(tr("Importer"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Importer des patients d'un autre logiciel"));
    auto* intro = new QLabel(
        tr("Fichier CSV exporté par le logiciel précédent (séparateur ; , ou tabulation, encodage "
           "détecté). Vérifiez sous chaque colonne le champ qu'elle remplit : la vérification ne "
           "crée rien, elle liste chaque ligne refusée et pourquoi."),
        this);
    intro->setWordWrap(true);
    auto* choose = new QPushButton(tr("Choisir le fichier…"), this);
    choose->setObjectName(QStringLiteral("import.choose"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Fichier à importer"), QString(),
                                                          tr("Fichiers CSV (*.csv *.txt)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    m_file->setObjectName(QStringLiteral("import.file"));
    m_file->setWordWrap(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);

    m_preview->setObjectName(QStringLiteral("import.preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setContextMenuPolicy(Qt::NoContextMenu);
    m_preview->verticalHeader()->hide();
    m_preview->setMinimumHeight(200);
    m_rejected->setObjectName(QStringLiteral("import.rejected"));
    m_rejected->setHorizontalHeaderLabels({tr("Ligne"), tr("Motif du refus")});
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("import.summary"));
    m_summary->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("import.check"));
    m_import->setObjectName(QStringLiteral("import.run"));
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, [this] { import(); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
    resize(1100, 680);
}

bool ImportDialog::loadFile(const QString& path)
{
    m_plan.reset();
    m_result.reset();
    m_import->setEnabled(false);
    m_rejected->setRowCount(0);
    m_summary->clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_file->setText(tr("Lecture impossible : %1").arg(f.errorString()));
        return false;
    }
    auto table = Import::CsvTable::parse(f.readAll());
    if (!table) {
        m_table.reset();
        m_file->setText(table.error().userText);
        m_check->setEnabled(false);
        return false;
    }
    m_table = std::move(*table);
    const QString separator = m_table->separator == u'\t' ? tr("tabulation") : QString(m_table->separator);
    m_file->setText(tr("%1 — %n ligne(s), encodage %2, séparateur « %3 »", nullptr, int(m_table->rows.size()))
                        .arg(QFileInfo(path).fileName(), m_table->encoding, separator));
    showPreview();
    m_check->setEnabled(true);
    return true;
}

void ImportDialog::showPreview()
{
    const int columns = int(m_table->header.size());
    const int rows = std::min<int>(kPreviewRows, int(m_table->rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows + 2);
    const Import::ColumnMapping guessed = Import::ColumnMapping::guess(m_table->header);
    for (int c = 0; c < columns; ++c) {
        m_preview->setItem(0, c, new QTableWidgetItem(m_table->header.at(c)));
        auto* combo = new QComboBox(m_preview);
        combo->setObjectName(QStringLiteral("import.map.%1").arg(c));
        combo->addItem(tr("(ignorer)"), QString());
        for (const QString& field : Import::ColumnMapping::importableFields()) {
            combo->addItem(Model::patientFieldLabel(field), field);
        }
        const QString field = guessed.columns.key(c);
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
        connect(combo, &QComboBox::activated, this, [this] {
            m_plan.reset();
            m_import->setEnabled(false);
        });
        m_preview->setCellWidget(1, c, combo);
        for (int r = 0; r < rows; ++r) {
            const QStringList& cells = m_table->rows[size_t(r)].cells;
            m_preview->setItem(r + 2, c, new QTableWidgetItem(c < cells.size() ? cells.at(c) : QString()));
        }
    }
    m_preview->horizontalHeader()->hide();
    m_preview->resizeColumnsToContents();
}

QComboBox* ImportDialog::mappingFor(int column) const
{
    return qobject_cast<QComboBox*>(m_preview->cellWidget(1, column));
}

Import::ColumnMapping ImportDialog::mapping() const
{
    Import::ColumnMapping m;
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        if (QComboBox* combo = mappingFor(c); combo && !combo->currentData().toString().isEmpty()) {
            m.columns.insert(combo->currentData().toString(), c);
        }
    }
    return m;
}

bool ImportDialog::check()
{
    if (!m_table) {
        return false;
    }
    auto plan = Import::PatientImporter(m_executor).prepare(*m_table, mapping());
    m_rejected->setRowCount(0);
    if (!plan) {
        m_summary->setText(plan.error().userText);
        m_import->setEnabled(false);
        return false;
    }
    for (const auto& r : plan->rejected) {
        const int row = m_rejected->rowCount();
        m_rejected->insertRow(row);
        m_rejected->setItem(row, 0, new QTableWidgetItem(QString::number(r.line)));
        m_rejected->setItem(row, 1, new QTableWidgetItem(r.reason));
    }
    m_summary->setText(
        tr("Essai à blanc : %1 dossier(s) à importer, dont %2 proche(s) d'un dossier existant (importés "
           "avec l'attribut « Doublon potentiel » et proposés à la fusion) ; %3 ligne(s) refusée(s), "
           "listées ci-dessous. Rien n'a encore été enregistré.")
            .arg(plan->drafts.size())
            .arg(plan->proposals())
            .arg(plan->rejected.size()));
    m_plan = std::move(*plan);
    m_import->setEnabled(!m_plan->drafts.empty());
    return true;
}

bool ImportDialog::import(int batchSize)
{
    if (!m_plan) {
        return false;
    }
    QProgressDialog progress(tr("Import des dossiers…"), tr("Arrêter après le lot en cours"), 0,
                             int(m_plan->drafts.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto summary
        = Import::PatientImporter(m_executor).run(*m_plan, batchSize, [&progress](int done, int total) {
              progress.setMaximum(total);
              progress.setValue(done);
              if (done >= total) {
                  // What follows the last batch: the imported files' search rows, a second or two.
                  progress.setLabelText(tr("Dossiers importés : préparation de la recherche…"));
              }
              QApplication::processEvents();
              return !progress.wasCanceled();
          });
    progress.reset();
    if (!summary) {
        m_summary->setText(tr("Import interrompu : %1 Les lots déjà importés sont conservés.")
                               .arg(summary.error().userText));
        return false;
    }
    m_result = *summary;
    m_plan.reset();
    m_import->setEnabled(false);
    m_summary->setText(
        (summary->cancelled ? tr("Import arrêté à votre demande : %1 dossier(s) importé(s) en %2 lot(s) ; "
                                 "les lots suivants n'ont pas été importés.")
                            : tr("Import terminé : %1 dossier(s) importé(s) en %2 lot(s)."))
            .arg(summary->imported)
            .arg(summary->batches)
        + u' '
        + tr("%n doublon(s) potentiel(s) à examiner : recherchez l'attribut « Doublon potentiel » dans "
             "leur dossier.",
             nullptr, int(summary->proposals.size())));
    return true;
}

} // namespace Officine::Ui
