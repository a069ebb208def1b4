#include "workspace.h"

#include "administrationpage.h"
#include "auditview.h"
#include "cataloguepage.h"
#include "pagetitle.h"
#include "patientfileview.h"
#include "patientspage.h"
#include "placeholderpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace Officine::Ui {

QString Workspace::sectionId(Section section)
{
    switch (section) {
    case Section::Patients:
        return QStringLiteral("patients");
    case Section::Prescriptions:
        return QStringLiteral("prescriptions");
    case Section::Catalogue:
        return QStringLiteral("catalogue");
    case Section::Dosettes:
        return QStringLiteral("dosettes");
    case Section::CareCircle:
        return QStringLiteral("carecircle");
    case Section::Traceability:
        return QStringLiteral("traceability");
    case Section::Administration:
        return QStringLiteral("administration");
    }
    return {};
}

QString Workspace::sectionTitle(Section section)
{
    switch (section) {
    case Section::Patients:
        return tr("Patients");
    case Section::Prescriptions:
        return tr("Ordonnances");
    case Section::Catalogue:
        return tr("Médicaments");
    case Section::Dosettes:
        return tr("Préparation des piluliers");
    case Section::CareCircle:
        return tr("Cercle de soins");
    case Section::Traceability:
        return tr("Traçabilité");
    case Section::Administration:
        return tr("Administration");
    }
    return {};
}

Workspace::Workspace(const ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_patients(new PatientsPage(*context.patients, *context.executor, context.auditLog, m_pages))
    , m_administration(new AdministrationPage(context, m_pages))
{
    setObjectName(QStringLiteral("workspace"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_patients);
    m_patients->fileView()->setInsi(context.insi);
    m_pages->addWidget(new PlaceholderPage(QStringLiteral("page.prescriptions"),
                                           sectionTitle(Section::Prescriptions),
                                           tr("Saisie des ordonnances avec posologie structurée (matin, "
                                              "midi, soir, coucher ; jours de la semaine ; "
                                              "durée), renouvellements et enregistrement des dispensations."),
                                           m_pages));
    if (context.catalogue) {
        m_catalogue = new CataloguePage(*context.catalogue, m_pages);
        m_pages->addWidget(m_catalogue);
    } else {
        m_pages->addWidget(new PlaceholderPage(QStringLiteral("page.catalogue"),
                                               sectionTitle(Section::Catalogue),
                                               tr("Catalogue des médicaments (BDPM) : recherche par nom, "
                                                  "substance, groupe générique ou code CIP."),
                                               m_pages));
    }
    m_pages->addWidget(new PlaceholderPage(
        QStringLiteral("page.dosettes"), sectionTitle(Section::Dosettes),
        tr("Préparation des doses à administrer semaine par semaine, traçabilité de chaque boîte par son "
           "code DataMatrix (code produit, lot, péremption, numéro de série) et double contrôle par un "
           "pharmacien."),
        m_pages));
    m_pages->addWidget(new PlaceholderPage(
        QStringLiteral("page.carecircle"), sectionTitle(Section::CareCircle),
        tr("Accès en lecture ou en écriture accordés aux aidants, infirmiers, au patient et aux autres "
           "professionnels, avec vérification d'identité, échéance et révocation."),
        m_pages));
    if (context.auditLog) {
        m_audit = new QWidget(m_pages);
        m_audit->setObjectName(QStringLiteral("page.traceability"));
        auto* layout = new QVBoxLayout(m_audit);
        layout->addWidget(makePageTitle(sectionTitle(Section::Traceability), m_audit));
        auto* intro
            = new QLabel(tr("Chaque consultation et modification des données de santé, chaque connexion "
                            "et chaque refus, enchaînés par empreintes SHA-256 et signés chaque jour par "
                            "la carte d'un pharmacien."),
                         m_audit);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_auditView = new AuditView(*context.auditLog, context.patients, m_audit);
        layout->addWidget(m_auditView, 1);
        m_pages->addWidget(m_audit);
    } else {
        m_pages->addWidget(new PlaceholderPage(QStringLiteral("page.traceability"),
                                               sectionTitle(Section::Traceability),
                                               tr("Journal infalsifiable de chaque consultation et "
                                                  "modification des données de santé, consultable "
                                                  "et exportable."),
                                               m_pages));
    }
    m_pages->addWidget(m_administration);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(215);
    for (int i = 0; i < sectionCount; ++i) {
        const auto s = static_cast<Section>(i);
        auto* item
            = new QListWidgetItem(QIcon(QStringLiteral(":/icons/") + sectionId(s) + QStringLiteral(".svg")),
                                  sectionTitle(s), m_navigation);
        item->setData(Qt::UserRole, sectionId(s));
        item->setSizeHint(QSize(0, 44));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(sectionTitle(s)).arg(i + 1));
    }
    connect(m_administration, &AdministrationPage::newAccountRequested, this,
            &Workspace::newAccountRequested);
    connect(m_administration, &AdministrationPage::editAccountRequested, this,
            &Workspace::editAccountRequested);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(static_cast<Section>(std::max(0, row))); });

    auto* body = new QHBoxLayout(this);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
}

Workspace::Section Workspace::currentSection() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

void Workspace::showSection(Section section)
{
    const int index = static_cast<int>(section);
    m_pages->setCurrentIndex(index);
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    if (section == Section::Administration) {
        m_administration->refresh();
    }
    if (section == Section::Traceability && m_auditView) {
        m_auditView->reload();
    }
    Q_EMIT sectionChanged(section);
}

void Workspace::refresh()
{
    m_patients->refresh();
    m_administration->refresh();
    if (m_catalogue) {
        m_catalogue->refresh();
    }
}

} // namespace Officine::Ui
