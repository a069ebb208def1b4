#include "cataloguepage.h"

#include "pagetitle.h"
#include "services/catalogservice.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {

QString euros(const std::optional<qint64>& cents)
{
    return cents ? QLocale(QLocale::French).toCurrencyString(double(*cents) / 100.0, QStringLiteral("€"))
                 : QString();
}

QString listText(Catalog::DrugList list)
{
    switch (list) {
    case Catalog::DrugList::ListI:
        return CataloguePage::tr("Liste I");
    case Catalog::DrugList::ListII:
        return CataloguePage::tr("Liste II");
    case Catalog::DrugList::Narcotic:
        return CataloguePage::tr("Stupéfiant");
    case Catalog::DrugList::None:
        break;
    }
    return {};
}

QString shortageText(int status)
{
    switch (status) {
    case 1:
        return CataloguePage::tr("Rupture de stock");
    case 2:
        return CataloguePage::tr("Tension d'approvisionnement");
    case 3:
        return CataloguePage::tr("Arrêt de commercialisation");
    default:
        return {};
    }
}

QString ratesText(const QList<int>& rates)
{
    QStringList parts;
    for (int r : rates) {
        parts << QStringLiteral("%1\u00a0%").arg(r);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CataloguePage::CataloguePage(Services::CatalogService& catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_version(new QLabel(this))
    , m_importFolder(new QPushButton(tr("Importer la BDPM d'un dossier…"), this))
    , m_importZip(new QPushButton(tr("… ou d'une archive zip"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Annuler l'import"), this))
    , m_report(new QPushButton(tr("Rapport de l'import…"), this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(0, 7, this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("page.catalogue"));
    m_version->setObjectName(QStringLiteral("catalogue.version"));
    m_version->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("catalogue.status"));
    m_status->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("catalogue.search"));
    m_search->setPlaceholderText(tr("Nom, substance (DCI), groupe générique, CIP13 ou CIP7"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("catalogue.results"));
    m_results->setHorizontalHeaderLabels({tr("Spécialité"), tr("Forme"), tr("Présentations"), tr("Prix"),
                                          tr("Remboursement"), tr("Liste"), tr("État")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 7; ++c) {
        m_results->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_results->installEventFilter(this);
    m_details->setObjectName(QStringLiteral("catalogue.details"));
    m_details->setOpenLinks(false);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Médicaments"), this));
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version, 1);
    versionRow->addWidget(m_report);
    versionRow->addWidget(m_importFolder);
    versionRow->addWidget(m_importZip);
    layout->addLayout(versionRow);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_search);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::runSearch);
    connect(m_results, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showDetails(row); });
    connect(m_importFolder, &QPushButton::clicked, this, [this]() { chooseAndImport(false); });
    connect(m_importZip, &QPushButton::clicked, this, [this]() { chooseAndImport(true); });
    connect(m_report, &QPushButton::clicked, this, &CataloguePage::showReport);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_catalogue.cancelImport();
        m_status->setText(tr("Annulation de l'import…"));
    });
    connect(&m_catalogue, &Services::CatalogService::importProgress, this,
            [this](int percent, const QString& step) {
                m_progress->setValue(percent);
                m_progress->setFormat(step + QStringLiteral(" %p\u00a0%"));
            });
    connect(&m_catalogue, &Services::CatalogService::importFinished, this,
            [this](bool, const QString& message) {
                m_progress->hide();
                m_cancel->hide();
                m_status->setText(message);
                refresh();
            });
    connect(&m_catalogue, &Services::CatalogService::catalogueChanged, this, [this]() { runSearch(); });
    connect(&m_catalogue, &Services::CatalogService::idle, this, &CataloguePage::refresh);
    refresh();
}

void CataloguePage::refresh()
{
    const bool may = m_catalogue.canImport() && !m_catalogue.importing();
    m_importFolder->setVisible(m_catalogue.canImport());
    m_importZip->setVisible(m_catalogue.canImport());
    m_importFolder->setEnabled(may);
    m_importZip->setEnabled(may);
    auto v = m_catalogue.current();
    m_report->setVisible(v && v->has_value());
    if (!v) {
        m_version->setText(v.error().userText);
        return;
    }
    if (!v->has_value()) {
        m_version->setText(
            tr("Aucun catalogue en service : le titulaire importe les fichiers de la BDPM "
               "(base de données publique des médicaments), d'un dossier ou d'une archive zip."));
        return;
    }
    const Catalog::CatalogVersion& c = **v;
    const QLocale fr(QLocale::French);
    const QString imported = fr.toString(c.importedAt.toLocalTime(), QLocale::ShortFormat);
    m_version->setText(
        (c.publishedOn.isValid()
             ? tr("Catalogue BDPM du %1 (%2), importé le %3 : %4 spécialités, %5 présentations.")
                   .arg(fr.toString(c.publishedOn, QLocale::ShortFormat), c.source, imported)
             : tr("Catalogue BDPM (%1), importé le %2 : %3 spécialités, %4 présentations.")
                   .arg(c.source, imported))
            .arg(fr.toString(c.products), fr.toString(c.presentations)));
}

bool CataloguePage::importFrom(const QString& path)
{
    auto r = m_catalogue.startImport(path);
    if (!r) {
        m_status->setText(r.error().userText);
        refresh();
        return false;
    }
    if (m_catalogue.importing()) {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        m_status->setText(
            tr("Import de %1 en cours : le catalogue en service reste utilisé jusqu'à la fin.").arg(path));
    }
    refresh();
    return true;
}

QString CataloguePage::reportText() const
{
    auto v = m_catalogue.current();
    if (!v || !v->has_value()) {
        return {};
    }
    const QJsonObject report = (*v)->report;
    QStringList lines;
    for (const QJsonValue& f : report.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = f.toObject();
        lines << tr("%1 (%2) : %3 lignes, %4 retenues, %5 refusées, %6 réparées.")
                     .arg(o.value(QStringLiteral("file")).toString(),
                          o.value(QStringLiteral("encoding")).toString())
                     .arg(o.value(QStringLiteral("lines")).toInt())
                     .arg(o.value(QStringLiteral("accepted")).toInt())
                     .arg(o.value(QStringLiteral("rejected")).toInt())
                     .arg(o.value(QStringLiteral("repaired")).toInt());
        const QJsonArray unknown = o.value(QStringLiteral("unknownCis")).toArray();
        if (!unknown.isEmpty()) {
            QStringList codes;
            for (const QJsonValue& c : unknown) {
                codes << c.toString();
            }
            lines << tr("    %n code(s) CIS absent(s) de CIS_bdpm.txt (fichiers de dates différentes) : %1",
                        nullptr, int(codes.size()))
                         .arg(codes.size() > 20
                                  ? codes.mid(0, 20).join(QStringLiteral(", ")) + QStringLiteral("…")
                                  : codes.join(QStringLiteral(", ")));
        }
    }
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    if (!rejected.isEmpty()) {
        lines << QString() << tr("Lignes refusées :");
        for (const QJsonValue& r : rejected) {
            const QJsonObject o = r.toObject();
            lines << tr("%1, ligne %2 : %3")
                         .arg(o.value(QStringLiteral("file")).toString())
                         .arg(o.value(QStringLiteral("line")).toInt())
                         .arg(o.value(QStringLiteral("reason")).toString());
        }
    }
    return lines.join(u'\n');
}

void CataloguePage::showReport()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rapport de l'import du catalogue"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QPlainTextEdit(reportText(), &dialog);
    text->setReadOnly(true);
    text->setMinimumSize(900, 420);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void CataloguePage::chooseAndImport(bool zip)
{
    const QString path = zip
        ? QFileDialog::getOpenFileName(this, tr("Archive de la BDPM"), QString(), tr("Archives zip (*.zip)"))
        : QFileDialog::getExistingDirectory(this, tr("Dossier des fichiers de la BDPM"));
    if (!path.isEmpty()) {
        (void)importFrom(path);
    }
}

void CataloguePage::runSearch()
{
    auto hits = m_catalogue.search(m_search->text(), 50);
    m_hits = hits ? std::move(*hits) : std::vector<Catalog::SearchHit> {};
    if (!hits) {
        m_status->setText(hits.error().userText);
    }
    m_results->setRowCount(int(m_hits.size()));
    for (int row = 0; row < int(m_hits.size()); ++row) {
        const Catalog::SearchHit& h = m_hits[size_t(row)];
        QString price = euros(h.minPriceCents);
        if (h.maxPriceCents && h.minPriceCents && *h.maxPriceCents != *h.minPriceCents) {
            price = tr("%1 à %2").arg(euros(h.minPriceCents), euros(h.maxPriceCents));
        }
        QString state = h.marketed ? tr("Commercialisée") : tr("Non commercialisée");
        if (const QString s = shortageText(h.shortage); !s.isEmpty()) {
            state += QStringLiteral(" — ") + s;
        }
        const QStringList cells {h.name + (h.reinforcedMonitoring ? QStringLiteral(" \u25BC") : QString()),
                                 h.form,
                                 QString::number(h.presentations),
                                 price,
                                 ratesText(h.reimbursementRates),
                                 listText(h.list),
                                 state};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 0 && !h.marketed) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            if (c == 0 && h.matched == 1) {
                item->setToolTip(
                    tr("Trouvée par sa substance : %1").arg(h.substances.join(QStringLiteral(", "))));
            }
            m_results->setItem(row, c, item);
        }
    }
    if (m_hits.empty()) {
        m_details->clear();
        if (!m_search->text().trimmed().isEmpty()) {
            m_details->setPlainText(
                tr("Aucune spécialité ne correspond à « %1 ».").arg(m_search->text().trimmed()));
        }
    }
}

void CataloguePage::showDetails(int row)
{
    if (row < 0 || row >= int(m_hits.size())) {
        m_details->clear();
        return;
    }
    auto found = m_catalogue.product(m_hits[size_t(row)].cis);
    if (!found || !found->has_value()) {
        m_details->setPlainText(found ? tr("Spécialité absente du catalogue en service.")
                                      : found.error().userText);
        return;
    }
    const Catalog::ProductDetails& d = **found;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(d.product.name));
    html += QStringLiteral("<p>")
        + tr("Code CIS %1 · %2 · voie(s) : %3")
              .arg(d.product.cis, esc(d.product.form), esc(d.product.routes.join(QStringLiteral(", "))));
    html += QStringLiteral("<br>") + esc(d.product.marketingState);
    if (d.product.reinforcedMonitoring) {
        html += QStringLiteral(" · <b>") + tr("Surveillance renforcée") + QStringLiteral("</b>");
    }
    if (!d.summary.conditions.isEmpty()) {
        html += QStringLiteral("<br>")
            + tr("Prescription et délivrance : %1")
                  .arg(esc(d.summary.conditions.join(QStringLiteral(" ; "))));
    }
    if (!d.summary.genericGroup.isEmpty()) {
        html += QStringLiteral("<br>") + tr("Groupe générique : %1").arg(esc(d.summary.genericGroup));
    }
    html += QStringLiteral("</p>");
    if (!d.components.empty()) {
        html += QStringLiteral("<p><b>") + tr("Composition") + QStringLiteral("</b><br>");
        QStringList parts;
        for (const Catalog::Component& c : d.components) {
            if (c.nature == u"SA" || c.nature == u"ST") {
                parts << esc(QStringLiteral("%1 %2 (%3)").arg(c.substance, c.strength, c.strengthReference));
            }
        }
        html += parts.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    if (!d.presentations.empty()) {
        html += QStringLiteral("<p><b>") + tr("Présentations") + QStringLiteral("</b><br>");
        QStringList parts;
        for (const Catalog::Presentation& p : d.presentations) {
            const QString price = p.priceCents ? euros(p.priceCents) : tr("prix libre");
            const QString refund = p.reimbursementRates.isEmpty()
                ? tr("non remboursable")
                : tr("remboursée à %1").arg(ratesText(p.reimbursementRates));
            parts << esc(
                tr("CIP13 %1 · %2 · %3 · %4 · %5").arg(p.cip13, p.label, p.marketingState, price, refund));
        }
        html += parts.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    for (const Catalog::Availability& a : d.availability) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(shortageText(a.status)), esc(a.label));
    }
    m_details->setHtml(html);
}

bool CataloguePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_results->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentCell(0, 0);
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Escape) {
            m_search->setFocus();
            m_search->selectAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Officine::Ui
