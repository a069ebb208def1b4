#include "patientfileview.h"

#include "auditview.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "documentexport.h"
#include "duplicatesdialog.h"
#include "identity/identityvigilance.h"
#include "identity/patientvalidation.h"
#include "insidialog.h"
#include "model/patientfields.h"
#include "services/auditlog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

using Identity::PatientValidation;
using Identity::Vigilance;
using Model::IdentityStatus;

namespace {

QString frenchDateTime(const QDateTime& t)
{
    return QLocale(QLocale::French).toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString frenchDate(const QDateTime& t)
{
    return QLocale(QLocale::French).toString(t.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"));
}

/// Background and text colours of an identity status badge: grey-orange for what cannot be
/// shared, green for a qualified identity.
QString badgeStyle(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Qualifiee:
        return QStringLiteral("background:#d7f0dc; color:#11532a;");
    case IdentityStatus::Validee:
        return QStringLiteral("background:#dcebf7; color:#123e66;");
    case IdentityStatus::Recuperee:
        return QStringLiteral("background:#e8e2f6; color:#3b2468;");
    case IdentityStatus::Provisoire:
        break;
    }
    return QStringLiteral("background:#fbe7c6; color:#6b3b00;");
}

/// What the history shows of a stored value: dates and codes in French, JSON parts summarised.
QString readableValue(const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        return QCoreApplication::translate("PatientFileView", "(vide)");
    }
    if (field == QLatin1StringView("birth_date")) {
        return Model::BirthDate::fromIso(value).toDisplay();
    }
    if (field == QLatin1StringView("sex")) {
        return Model::sexLabel(Model::sexFromCode(value));
    }
    if (field == QLatin1StringView("identity_status")) {
        return Vigilance::statusShortLabel(Model::identityStatusFromCode(value));
    }
    if (field == QLatin1StringView("nir")) {
        return Model::nirDisplay(value);
    }
    if (field == QLatin1StringView("reliability_flags")) {
        QStringList labels;
        for (const QString& f : value.split(u' ', Qt::SkipEmptyParts)) {
            labels << Vigilance::reliabilityLabel(f);
        }
        return labels.join(QStringLiteral(", "));
    }
    if (field == QLatin1StringView("identity_document")) {
        const auto doc
            = Model::IdentityDocumentCheck::fromJson(QJsonDocument::fromJson(value.toUtf8()).object());
        return doc.isRecorded() ? Vigilance::documentLabel(doc.documentType)
                                : QCoreApplication::translate("PatientFileView", "(aucune)");
    }
    if (field == QLatin1StringView("allergies")) {
        QStringList items;
        for (const QJsonValue& v : QJsonDocument::fromJson(value.toUtf8()).array()) {
            items << Model::Allergy::fromJson(v.toObject()).text;
        }
        return items.isEmpty() ? QCoreApplication::translate("PatientFileView", "(aucune)")
                               : items.join(QStringLiteral(", "));
    }
    if (field == QLatin1StringView("photo")) {
        return value == QLatin1StringView("1") ? QCoreApplication::translate("PatientFileView", "photo")
                                               : QCoreApplication::translate("PatientFileView", "(aucune)");
    }
    if (value.startsWith(u'{')) {
        return QCoreApplication::translate("PatientFileView", "(mis à jour)");
    }
    return value;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

/// A tab's content in a scroll area, so a small window never cuts a form.
QWidget* scrolled(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

PatientFileView::PatientFileView(Services::PatientDirectory& directory, Commands::CommandExecutor& executor,
                                 Services::AuditLog* auditLog, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_executor(executor)
    , m_log(auditLog)
{
    setObjectName(QStringLiteral("patientFile"));
    auto* back = new QPushButton(tr("← Liste des patients"), this);
    back->setObjectName(QStringLiteral("patientFile.back"));
    back->setToolTip(tr("Revenir à la recherche (Échap)"));
    back->setAutoDefault(false);
    connect(back, &QPushButton::clicked, this, &PatientFileView::closeRequested);

    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("patientFile.photo"));
    m_photo->setFixedSize(96, 120);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setAcceptDrops(true);
    m_photo->installEventFilter(this);
    m_photo->setToolTip(tr("Déposez une photo ici, ou choisissez-la dans l'onglet Données cliniques"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("patientFile.name"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("patientFile.subtitle"));
    m_subtitle->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("patientFile.status"));
    m_status->setMargin(4);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("patientFile.banner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("background:#fde2e1; color:#7a1010; border:1px solid #e3a5a3;"));
    m_banner->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("patientFile.message"));
    m_message->setWordWrap(true);

    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_name);
    headerText->addWidget(m_subtitle);
    auto* badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_status);
    badgeRow->addStretch();
    headerText->addLayout(badgeRow);
    headerText->addStretch();
    auto* header = new QHBoxLayout;
    header->addWidget(m_photo);
    header->addLayout(headerText, 1);
    header->addWidget(back, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patientFile.tabs"));
    m_tabs->addTab(buildIdentityTab(), tr("Identité"));
    m_tabs->addTab(buildContactTab(), tr("Coordonnées"));
    m_tabs->addTab(buildClinicalTab(), tr("Données cliniques"));
    m_historyTab = buildHistoryTab();
    m_tabs->addTab(m_historyTab, tr("Historique des modifications"));
    m_rightsTab = buildRightsTab();
    m_tabs->addTab(m_rightsTab, tr("Droits du patient"));
    if (auditLog) {
        m_access = new AuditView(*auditLog, nullptr, m_tabs);
        m_access->setObjectName(QStringLiteral("patientFile.access"));
        m_tabs->addTab(m_access, tr("Historique des accès"));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &PatientFileView::loadAccessHistoryIfShown);

    m_save = new QPushButton(tr("Enregistrer"), this);
    m_save->setObjectName(QStringLiteral("patientFile.save"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Annuler les modifications"), this);
    m_revert->setObjectName(QStringLiteral("patientFile.revert"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_creating) {
            Q_EMIT closeRequested();
        } else {
            reload();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    clear();
}

QLineEdit* PatientFileView::addLine(QFormLayout* form, const QString& field, const QString& label,
                                    const QString& placeholder)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QStringLiteral("patientFile.") + field);
    edit->setPlaceholderText(placeholder);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_editors.insert(field, edit);
    form->addRow(label, edit);
    addError(form, field);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { markTouched(field); });
    return edit;
}

void PatientFileView::addError(QFormLayout* form, const QString& field)
{
    auto* error = new QLabel(form->parentWidget());
    error->setObjectName(QStringLiteral("patientFile.error.") + field);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color:#b00020;"));
    error->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    error->setVisible(false);
    m_errors.insert(field, error);
    form->addRow(QString(), error);
}

QWidget* PatientFileView::buildIdentityTab()
{
    auto* page = new QWidget;
    auto* columns = new QHBoxLayout(page);
    auto* left = new QWidget(page);
    auto* form = new QFormLayout(left);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(sectionTitle(tr("Traits stricts (pièce d'identité, INSi)"), left));
    addLine(form, QStringLiteral("birth_family_name"), tr("Nom de naissance"));
    addLine(form, QStringLiteral("given_names"), tr("Prénoms de naissance"),
            tr("tous, dans l'ordre de la pièce"));
    addLine(form, QStringLiteral("first_given_name"), tr("Premier prénom"), tr("le premier de la liste"));
    m_sex = new QComboBox(left);
    m_sex->setObjectName(QStringLiteral("patientFile.sex"));
    for (Model::Sex sex : {Model::Sex::Female, Model::Sex::Male, Model::Sex::Unknown}) {
        m_sex->addItem(Model::sexLabel(sex), Model::sexCode(sex));
    }
    m_editors.insert(QStringLiteral("sex"), m_sex);
    form->addRow(tr("Sexe"), m_sex);
    addError(form, QStringLiteral("sex"));
    connect(m_sex, &QComboBox::activated, this, [this] { markTouched(QStringLiteral("sex")); });
    addLine(form, QStringLiteral("birth_date"), tr("Date de naissance"), tr("JJ/MM/AAAA, 00 si inconnu"));
    addLine(form, QStringLiteral("birth_place_code"), tr("Lieu de naissance (code INSEE)"),
            tr("commune (75115, 2A004) ou 99 + pays (99109)"));
    form->addRow(sectionTitle(tr("Traits complémentaires"), left));
    addLine(form, QStringLiteral("used_family_name"), tr("Nom d'usage"));
    addLine(form, QStringLiteral("used_given_name"), tr("Prénom utilisé"));
    form->addRow(sectionTitle(tr("Identifiant national de santé"), left));
    addLine(form, QStringLiteral("nir"), tr("Matricule INS (NIR)"), tr("15 caractères, clé comprise"));
    addError(form, QStringLiteral("ins_oid"));

    auto* right = new QWidget(page);
    auto* side = new QVBoxLayout(right);
    side->addWidget(sectionTitle(tr("Vigilance d'identité"), right));
    m_evidence = new QLabel(right);
    m_evidence->setObjectName(QStringLiteral("patientFile.evidence"));
    m_evidence->setWordWrap(true);
    side->addWidget(m_evidence);
    m_recordDocument = new QPushButton(tr("Pièce d'identité contrôlée…"), right);
    m_recordDocument->setObjectName(QStringLiteral("patientFile.recordDocument"));
    connect(m_recordDocument, &QPushButton::clicked, this, &PatientFileView::recordDocument);
    side->addWidget(m_recordDocument);
    m_insi = new QPushButton(tr("Interroger l'INSi…"), right);
    m_insi->setObjectName(QStringLiteral("patientFile.insi"));
    m_insi->setToolTip(tr("Récupérer ou vérifier l'INS auprès du téléservice INSi, avec votre carte CPS."));
    connect(m_insi, &QPushButton::clicked, this, &PatientFileView::queryInsi);
    side->addWidget(m_insi);
    m_duplicates = new QPushButton(tr("Rechercher les doublons…"), right);
    m_duplicates->setObjectName(QStringLiteral("patientFile.duplicates"));
    connect(m_duplicates, &QPushButton::clicked, this, &PatientFileView::findDuplicates);
    side->addWidget(m_duplicates);
    side->addSpacing(8);
    side->addWidget(sectionTitle(tr("Attributs d'identité"), right));
    for (const QString& code : Vigilance::reliabilityFlags()) {
        auto* box = new QCheckBox(Vigilance::reliabilityLabel(code), right);
        box->setObjectName(QStringLiteral("patientFile.flag.") + code);
        m_flags.insert(code, box);
        connect(box, &QCheckBox::toggled, this, [this] { markTouched(QStringLiteral("reliability_flags")); });
        side->addWidget(box);
    }
    m_reasonRow = new QWidget(right);
    auto* reasonForm = new QFormLayout(m_reasonRow);
    reasonForm->setContentsMargins(0, 8, 0, 0);
    reasonForm->addRow(sectionTitle(tr("Rectification d'identité"), m_reasonRow));
    m_source = new QComboBox(m_reasonRow);
    m_source->setObjectName(QStringLiteral("patientFile.source"));
    m_source->addItem(tr("Déclaration du patient"), int(Commands::ChangeSource::Statement));
    m_source->addItem(tr("Pièce d'identité"), int(Commands::ChangeSource::Document));
    m_source->addItem(tr("Équipe de l'officine"), int(Commands::ChangeSource::Team));
    reasonForm->addRow(tr("Source"), m_source);
    m_reason = new QLineEdit(m_reasonRow);
    m_reason->setObjectName(QStringLiteral("patientFile.reason"));
    m_reason->setPlaceholderText(tr("obligatoire pour rectifier l'identité"));
    reasonForm->addRow(tr("Motif"), m_reason);
    side->addWidget(m_reasonRow);
    side->addStretch();

    columns->addWidget(left, 3);
    columns->addWidget(right, 2);
    return scrolled(page, m_tabs);
}

QWidget* PatientFileView::buildContactTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addLine(form, QStringLiteral("address_line"), tr("Adresse"));
    addLine(form, QStringLiteral("address_line2"), tr("Complément d'adresse"), tr("bâtiment, étage…"));
    addLine(form, QStringLiteral("postal_code"), tr("Code postal"));
    addLine(form, QStringLiteral("city"), tr("Commune"));
    addLine(form, QStringLiteral("phone"), tr("Téléphone fixe"), tr("01 23 45 67 89 ou +33…"));
    addLine(form, QStringLiteral("mobile_phone"), tr("Mobile"), tr("06 ou 07…"));
    addLine(form, QStringLiteral("email"), tr("Courriel"), tr("nom@domaine.fr"));
    return scrolled(page, m_tabs);
}

QWidget* PatientFileView::buildClinicalTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(sectionTitle(tr("Allergies et intolérances"), page));
    m_allergies = new QTableWidget(0, 3, page);
    m_allergies->setObjectName(QStringLiteral("patientFile.allergies"));
    m_allergies->setHorizontalHeaderLabels({tr("Nature"), tr("Substance ou médicament"), tr("Réaction")});
    m_allergies->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_allergies->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_allergies->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_allergies->verticalHeader()->hide();
    m_allergies->setMinimumHeight(120);
    m_allergies->setContextMenuPolicy(Qt::NoContextMenu);
    m_editors.insert(QStringLiteral("allergies"), m_allergies);
    connect(m_allergies, &QTableWidget::itemChanged, this,
            [this] { markTouched(QStringLiteral("allergies")); });
    layout->addWidget(m_allergies);
    auto* allergyButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Ajouter"), page);
    add->setObjectName(QStringLiteral("patientFile.addAllergy"));
    auto* remove = new QPushButton(tr("Retirer la ligne"), page);
    remove->setObjectName(QStringLiteral("patientFile.removeAllergy"));
    connect(add, &QPushButton::clicked, this, [this] {
        addAllergyRow({});
        m_allergies->setCurrentCell(m_allergies->rowCount() - 1, 1);
        m_allergies->editItem(m_allergies->item(m_allergies->rowCount() - 1, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_allergies->currentRow() >= 0) {
            m_allergies->removeRow(m_allergies->currentRow());
            markTouched(QStringLiteral("allergies"));
        }
    });
    allergyButtons->addWidget(add);
    allergyButtons->addWidget(remove);
    allergyButtons->addStretch();
    layout->addLayout(allergyButtons);
    auto* allergyError = new QLabel(page);
    allergyError->setStyleSheet(QStringLiteral("color:#b00020;"));
    allergyError->setVisible(false);
    m_errors.insert(QStringLiteral("allergies"), allergyError);
    layout->addWidget(allergyError);

    auto* columns = new QHBoxLayout;
    auto* notesBox = new QVBoxLayout;
    notesBox->addWidget(sectionTitle(tr("Notes"), page));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("patientFile.notes"));
    m_notes->setContextMenuPolicy(Qt::NoContextMenu);
    m_editors.insert(QStringLiteral("notes"), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { m_touched.insert(QStringLiteral("notes")); });
    notesBox->addWidget(m_notes);
    auto* notesError = new QLabel(page);
    notesError->setStyleSheet(QStringLiteral("color:#b00020;"));
    notesError->setVisible(false);
    m_errors.insert(QStringLiteral("notes"), notesError);
    notesBox->addWidget(notesError);
    columns->addLayout(notesBox, 1);

    auto* care = new QWidget(page);
    auto* form = new QFormLayout(care);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(sectionTitle(tr("Médecin traitant"), care));
    addLine(form, QStringLiteral("physician_name"), tr("Nom"));
    addLine(form, QStringLiteral("physician_rpps"), tr("RPPS"), tr("11 chiffres"));
    form->addRow(sectionTitle(tr("Établissement (EHPAD…)"), care));
    addLine(form, QStringLiteral("facility_name"), tr("Nom"));
    addLine(form, QStringLiteral("facility_finess"), tr("FINESS"), tr("9 caractères"));
    addLine(form, QStringLiteral("facility_room"), tr("Chambre"));
    form->addRow(sectionTitle(tr("Photo"), care));
    auto* photoButtons = new QHBoxLayout;
    m_choosePhoto = new QPushButton(tr("Choisir une photo…"), care);
    m_choosePhoto->setObjectName(QStringLiteral("patientFile.choosePhoto"));
    m_removePhoto = new QPushButton(tr("Retirer la photo"), care);
    m_removePhoto->setObjectName(QStringLiteral("patientFile.removePhoto"));
    connect(m_choosePhoto, &QPushButton::clicked, this, &PatientFileView::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        Commands::SetPatientPhotoCommand removal(m_patient.meta.uuid, {});
        run(removal);
    });
    photoButtons->addWidget(m_choosePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch();
    form->addRow(photoButtons);
    columns->addWidget(care, 1);
    layout->addLayout(columns, 1);
    return scrolled(page, m_tabs);
}

QWidget* PatientFileView::buildHistoryTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* hint
        = new QLabel(tr("Chaque modification de l'identité, des coordonnées ou des données cliniques, "
                        "avec les valeurs précédentes, qui l'a faite, quand, pourquoi et sur quelle source."),
                     page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_historyTree = new QTreeWidget(page);
    m_historyTree->setObjectName(QStringLiteral("patientFile.historyTree"));
    m_historyTree->setHeaderLabels({tr("Date"), tr("Modification"), tr("Par"), tr("Source"), tr("Motif")});
    m_historyTree->setRootIsDecorated(true);
    m_historyTree->setContextMenuPolicy(Qt::NoContextMenu);
    m_historyTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTree->header()->setStretchLastSection(true);
    layout->addWidget(m_historyTree, 1);
    return page;
}

QWidget* PatientFileView::buildRightsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_rightsState = new QLabel(page);
    m_rightsState->setObjectName(QStringLiteral("patientFile.rightsState"));
    m_rightsState->setWordWrap(true);
    layout->addWidget(m_rightsState);
    auto* buttons = new QHBoxLayout;
    m_restrict = new QPushButton(page);
    m_restrict->setObjectName(QStringLiteral("patientFile.restrict"));
    m_objection = new QPushButton(page);
    m_objection->setObjectName(QStringLiteral("patientFile.objection"));
    m_consent = new QPushButton(page);
    m_consent->setObjectName(QStringLiteral("patientFile.consent"));
    m_directives = new QPushButton(tr("Directives post-mortem…"), page);
    m_directives->setObjectName(QStringLiteral("patientFile.directives"));
    m_erase = new QPushButton(tr("Demande d'effacement…"), page);
    m_erase->setObjectName(QStringLiteral("patientFile.erase"));
    connect(m_restrict, &QPushButton::clicked, this, &PatientFileView::restrictOrLift);
    connect(m_objection, &QPushButton::clicked, this, &PatientFileView::toggleObjection);
    connect(m_consent, &QPushButton::clicked, this, &PatientFileView::toggleConsent);
    connect(m_directives, &QPushButton::clicked, this, &PatientFileView::editDirectives);
    connect(m_erase, &QPushButton::clicked, this, &PatientFileView::requestErasure);
    for (QPushButton* b : {m_restrict, m_objection, m_consent, m_directives, m_erase}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* exports = new QHBoxLayout;
    m_accessCopy = new QPushButton(tr("Copie du dossier pour le patient (PDF)…"), page);
    m_accessCopy->setObjectName(QStringLiteral("patientFile.accessCopy"));
    m_fhir = new QPushButton(tr("Export portable (FHIR R4, JSON)…"), page);
    m_fhir->setObjectName(QStringLiteral("patientFile.fhir"));
    connect(m_accessCopy, &QPushButton::clicked, this, &PatientFileView::exportAccessCopy);
    connect(m_fhir, &QPushButton::clicked, this, &PatientFileView::exportFhir);
    exports->addWidget(m_accessCopy);
    exports->addWidget(m_fhir);
    exports->addStretch();
    layout->addLayout(exports);
    layout->addWidget(sectionTitle(tr("Demandes et décisions du patient"), page));
    m_rightsTable = new QTableWidget(0, 5, page);
    m_rightsTable->setObjectName(QStringLiteral("patientFile.rightsTable"));
    m_rightsTable->setHorizontalHeaderLabels({tr("Date"), tr("Droit"), tr("Suite"), tr("Par"), tr("Détail")});
    m_rightsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rightsTable->horizontalHeader()->setStretchLastSection(true);
    m_rightsTable->verticalHeader()->hide();
    m_rightsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rightsTable->setContextMenuPolicy(Qt::NoContextMenu);
    layout->addWidget(m_rightsTable, 1);
    return page;
}

int PatientFileView::accessTabIndex() const
{
    return m_access ? m_tabs->indexOf(m_access) : -1;
}

void PatientFileView::clear()
{
    m_patient = {};
    m_creating = false;
    m_triedSave = false;
    m_touched.clear();
    m_photoBytes.clear();
    for (QWidget* w : std::as_const(m_editors)) {
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            line->clear();
        }
    }
    m_notes->clear();
    m_allergies->setRowCount(0);
    m_historyTree->clear();
    m_rightsTable->setRowCount(0);
    m_name->clear();
    m_subtitle->clear();
    m_photo->clear();
    m_banner->setVisible(false);
    m_message->clear();
    for (QLabel* e : std::as_const(m_errors)) {
        e->setVisible(false);
    }
}

bool PatientFileView::openFile(const QString& uuid)
{
    clear();
    auto patient = m_directory.get(uuid);
    if (!patient) {
        showMessage(patient.error().userText, true);
        return false;
    }
    auto extras = m_directory.extras(*patient);
    if (!extras) {
        showMessage(extras.error().userText, true);
        return false;
    }
    fill(*patient, *extras);
    m_tabs->setCurrentIndex(0);
    m_accessLoaded = false;
    return true;
}

void PatientFileView::reload()
{
    const QString uuid = m_patient.meta.uuid;
    auto patient = m_directory.reread(uuid);
    if (!patient) {
        clear();
        showMessage(patient.error().userText, true);
        return;
    }
    auto extras = m_directory.extras(*patient);
    if (!extras) {
        showMessage(extras.error().userText, true);
        return;
    }
    fill(*patient, *extras);
    m_accessLoaded = false;
    loadAccessHistoryIfShown();
}

void PatientFileView::loadAccessHistoryIfShown()
{
    // The access history is read when its tab is shown (opening a file reads the file; ten
    // years of consultations wait until someone asks for them). It comes after the file's own
    // `view` entry, so it shows this consultation too.
    if (m_access && !m_accessLoaded && m_tabs->currentWidget() == m_access
        && !m_patient.meta.uuid.isEmpty()) {
        m_accessLoaded = true;
        m_access->setFixedPatient(m_patient.meta.uuid);
    }
}

void PatientFileView::startCreation(const QString& familyName)
{
    clear();
    m_creating = true;
    m_patient.sex = Model::Sex::Female;
    fill(m_patient, {});
    if (auto* line = qobject_cast<QLineEdit*>(m_editors.value(QStringLiteral("birth_family_name")))) {
        line->setText(familyName.trimmed().toUpper());
        line->setFocus();
    }
    m_name->setText(tr("Nouveau patient"));
    m_subtitle->setText(tr("Saisissez l'identité telle qu'elle figure sur la pièce d'identité ; les dossiers "
                           "proches sont proposés avant la création."));
    m_tabs->setCurrentIndex(0);
}

void PatientFileView::fill(const Model::Patient& p, const Services::PatientDirectory::FileExtras& extras)
{
    m_patient = p;
    m_touched.clear();
    m_triedSave = false;
    auto set = [this](const char* field, const QString& value) {
        if (auto* line = qobject_cast<QLineEdit*>(m_editors.value(QString::fromLatin1(field)))) {
            line->setText(value);
        }
    };
    set("birth_family_name", p.birthFamilyName);
    set("given_names", p.givenNames);
    set("first_given_name", p.firstGivenName);
    set("birth_date", p.birthDate.toDisplay());
    set("birth_place_code", p.birthPlaceCode);
    set("used_family_name", p.usedFamilyName);
    set("used_given_name", p.usedGivenName);
    set("nir", Model::nirDisplay(p.nir));
    set("address_line", p.addressLine);
    set("address_line2", p.addressLine2);
    set("postal_code", p.postalCode);
    set("city", p.city);
    set("phone", p.phone);
    set("mobile_phone", p.mobilePhone);
    set("email", p.email);
    set("physician_name", p.physicianName);
    set("physician_rpps", p.physicianRpps);
    set("facility_name", p.facilityName);
    set("facility_finess", p.facilityFiness);
    set("facility_room", p.facilityRoom);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(Model::sexCode(p.sex))));
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(p.reliabilityFlags.contains(it.key()));
    }
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(p.notes);
    }
    {
        const QSignalBlocker blocker(m_allergies);
        m_allergies->setRowCount(0);
        for (const Model::Allergy& a : p.allergies) {
            addAllergyRow(a);
        }
    }
    m_reason->clear();
    for (QLabel* e : std::as_const(m_errors)) {
        e->setVisible(false);
    }
    setPhoto(extras.photo);
    fillHistory(extras.history);
    fillRights(extras.rights);
    fillHeader();
    applyEditability();
}

void PatientFileView::fillHeader()
{
    const Model::Patient& p = m_patient;
    if (m_creating) {
        m_status->setVisible(false);
        m_banner->setVisible(false);
        m_evidence->setText(tr("Le dossier sera créé avec une identité provisoire ; la pièce d'identité et "
                               "l'INSi l'élèveront ensuite."));
        return;
    }
    m_name->setText(p.displayName());
    const QDate today = m_executor.clock().today();
    const int age = Model::ageOn(p.birthDate, today);
    QStringList parts;
    const QString born = p.sex == Model::Sex::Male ? tr("Né le %1") : tr("Née le %1");
    parts << (age >= 0 ? tr("%1 (%n an(s))", nullptr, age).arg(born.arg(p.birthDate.toDisplay()))
                       : born.arg(p.birthDate.toDisplay()));
    parts << Model::sexLabel(p.sex);
    if (!p.nir.isEmpty()) {
        parts << tr("NIR %1").arg(Model::nirDisplay(p.nir));
    }
    if (!p.city.isEmpty()) {
        parts << p.city;
    }
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_status->setVisible(true);
    m_status->setText(Vigilance::statusLabel(p.identityStatus));
    m_status->setToolTip(Vigilance::statusExplanation(p.identityStatus));
    m_status->setStyleSheet(badgeStyle(p.identityStatus)
                            + QStringLiteral(" border-radius:3px; font-weight:bold;"));

    QStringList evidence;
    evidence << Vigilance::statusExplanation(p.identityStatus);
    if (p.document.isRecorded()) {
        QString line = tr("Pièce contrôlée : %1, par %2 le %3.")
                           .arg(Vigilance::documentLabel(p.document.documentType), p.document.checkedByName,
                                frenchDate(p.document.checkedAt));
        if (!p.document.parentDocumentType.isEmpty()) {
            line += u' '
                + tr("Pièce du parent : %1.").arg(Vigilance::documentLabel(p.document.parentDocumentType));
        }
        evidence << line;
    }
    if (p.insi.isRecorded()) {
        evidence << tr("INSi : %1, par %2 le %3.")
                        .arg(Insi::operationLabel(Insi::operationFromId(p.insi.operation)), p.insi.byName,
                             frenchDate(p.insi.at));
    }
    m_evidence->setText(evidence.join(u'\n'));

    QStringList banners;
    if (p.rights.restricted()) {
        banners << tr("Dossier limité depuis le %1 à la demande du patient : consultation seule, aucune "
                      "modification tant que la limitation n'est pas levée. Motif : %2")
                       .arg(frenchDate(p.rights.restrictedAt), p.rights.restrictionReason);
    }
    if (p.rights.objectionAt.isValid()) {
        banners << tr("Opposition au partage enregistrée le %1.").arg(frenchDate(p.rights.objectionAt));
    }
    if (p.rights.consentWithdrawnAt.isValid()) {
        banners << tr("Consentement au partage retiré le %1.").arg(frenchDate(p.rights.consentWithdrawnAt));
    }
    for (const QString& flag : p.reliabilityFlags) {
        if (Vigilance::blocksValidation(flag)) {
            banners << tr("Attribut d'identité : %1.").arg(Vigilance::reliabilityLabel(flag));
        }
    }
    m_banner->setText(banners.join(u'\n'));
    m_banner->setVisible(!banners.isEmpty());

    QStringList state;
    state << (p.rights.restricted()
                  ? tr("Limitation : en cours depuis le %1.").arg(frenchDate(p.rights.restrictedAt))
                  : tr("Limitation : aucune."));
    state << (p.rights.objectionAt.isValid()
                  ? tr("Opposition au partage : depuis le %1.").arg(frenchDate(p.rights.objectionAt))
                  : tr("Opposition au partage : aucune."));
    state << (p.rights.consentWithdrawnAt.isValid()
                  ? tr("Consentement au partage : retiré le %1.").arg(frenchDate(p.rights.consentWithdrawnAt))
                  : tr("Consentement au partage : donné."));
    state << (p.rights.postMortemDirectives.isEmpty()
                  ? tr("Directives post-mortem : aucune.")
                  : tr("Directives post-mortem (%1) : %2")
                        .arg(frenchDate(p.rights.postMortemRecordedAt), p.rights.postMortemDirectives));
    m_rightsState->setText(state.join(u'\n'));
    m_restrict->setText(p.rights.restricted() ? tr("Lever la limitation…") : tr("Limiter le dossier…"));
    m_objection->setText(p.rights.objectionAt.isValid() ? tr("Lever l'opposition")
                                                        : tr("Opposition au partage…"));
    m_consent->setText(p.rights.consentWithdrawnAt.isValid() ? tr("Consentement donné à nouveau")
                                                             : tr("Retrait du consentement…"));
}

void PatientFileView::fillHistory(const std::vector<Storage::HistoryEntry>& history)
{
    m_historyTree->clear();
    for (const Storage::HistoryEntry& h : history) {
        auto* item = new QTreeWidgetItem(m_historyTree);
        item->setText(0, frenchDateTime(h.at));
        QString kind = Model::historyKindLabel(h.kind);
        if (!h.originPatient.isEmpty() && h.originPatient != h.patientUuid) {
            kind += u' ' + tr("(dossier fusionné)");
        }
        item->setText(1, kind);
        item->setText(2, h.actorName);
        item->setText(3, Commands::changeSourceLabel(h.source));
        item->setText(4, h.reason);
        for (const Storage::FieldChange& c : h.changes) {
            if (c.before.isEmpty() && c.after.isEmpty()) {
                // A creation or an import lists the fields it filled.
                if (c.field != QLatin1StringView("identity_status")) {
                    auto* child = new QTreeWidgetItem(item);
                    child->setText(1, Model::patientFieldLabel(c.field));
                }
                continue;
            }
            auto* child = new QTreeWidgetItem(item);
            child->setText(1,
                           QStringLiteral("%1 : %2 → %3")
                               .arg(Model::patientFieldLabel(c.field), readableValue(c.field, c.before),
                                    readableValue(c.field, c.after)));
        }
    }
    m_historyTree->expandAll();
}

void PatientFileView::fillRights(const std::vector<Storage::RightsEvent>& rights)
{
    m_rightsTable->setRowCount(0);
    for (const Storage::RightsEvent& e : rights) {
        const int row = m_rightsTable->rowCount();
        m_rightsTable->insertRow(row);
        QString detail = e.detail;
        if (detail.startsWith(QLatin1StringView("retention:"))) {
            const QString until = detail.section(QStringLiteral("until="), 1).left(10);
            detail = tr("Conservation obligatoire jusqu'au %1")
                         .arg(QDate::fromString(until, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")))
                + detail.section(u';', 1);
        }
        const QStringList cells {frenchDateTime(e.at), Model::rightKindLabel(e.kind),
                                 e.outcome == QLatin1StringView("refused") ? tr("Refusée") : tr("Faite"),
                                 e.actorName, detail};
        for (int c = 0; c < cells.size(); ++c) {
            m_rightsTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
}

void PatientFileView::setPhoto(const QByteArray& bytes)
{
    m_photoBytes = bytes;
    QImage image;
    if (!bytes.isEmpty() && image.loadFromData(bytes)) {
        m_photo->setPixmap(QPixmap::fromImage(
            image.scaled(m_photo->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_photo->setPixmap({});
        m_photo->setText(m_creating ? QString() : tr("Pas de\nphoto"));
    }
    m_removePhoto->setEnabled(!bytes.isEmpty());
}

void PatientFileView::addAllergyRow(const Model::Allergy& a)
{
    const QSignalBlocker blocker(m_allergies);
    const int row = m_allergies->rowCount();
    m_allergies->insertRow(row);
    auto* kind = new QComboBox(m_allergies);
    kind->addItem(tr("Allergie"), false);
    kind->addItem(tr("Intolérance"), true);
    kind->setCurrentIndex(a.intolerance ? 1 : 0);
    connect(kind, &QComboBox::activated, this, [this] { markTouched(QStringLiteral("allergies")); });
    m_allergies->setCellWidget(row, 0, kind);
    auto* text = new QTableWidgetItem(a.text);
    text->setData(Qt::UserRole, a.uuid);
    text->setData(Qt::UserRole + 1, a.recordedOn);
    text->setData(Qt::UserRole + 2, a.substanceCode);
    m_allergies->setItem(row, 1, text);
    m_allergies->setItem(row, 2, new QTableWidgetItem(a.reaction));
}

Model::Patient PatientFileView::draft() const
{
    Model::Patient p = m_patient;
    auto text = [this](const char* field) {
        auto* line = qobject_cast<QLineEdit*>(m_editors.value(QString::fromLatin1(field)));
        return line ? line->text() : QString();
    };
    p.birthFamilyName = text("birth_family_name");
    p.givenNames = text("given_names");
    p.firstGivenName = text("first_given_name");
    p.sex = Model::sexFromCode(m_sex->currentData().toString());
    p.birthDate = Model::BirthDate::parse(text("birth_date"), m_executor.clock().today());
    p.birthPlaceCode = text("birth_place_code");
    p.usedFamilyName = text("used_family_name");
    p.usedGivenName = text("used_given_name");
    p.nir = text("nir");
    p.addressLine = text("address_line");
    p.addressLine2 = text("address_line2");
    p.postalCode = text("postal_code");
    p.city = text("city");
    p.phone = text("phone");
    p.mobilePhone = text("mobile_phone");
    p.email = text("email");
    p.physicianName = text("physician_name");
    p.physicianRpps = text("physician_rpps");
    p.facilityName = text("facility_name");
    p.facilityFiness = text("facility_finess");
    p.facilityRoom = text("facility_room");
    p.notes = m_notes->toPlainText();
    p.reliabilityFlags.clear();
    for (const QString& code : Vigilance::reliabilityFlags()) {
        if (m_flags.value(code)->isChecked()) {
            p.reliabilityFlags << code;
        }
    }
    p.allergies.clear();
    for (int row = 0; row < m_allergies->rowCount(); ++row) {
        Model::Allergy a;
        auto* kind = qobject_cast<QComboBox*>(m_allergies->cellWidget(row, 0));
        a.intolerance = kind && kind->currentData().toBool();
        if (QTableWidgetItem* t = m_allergies->item(row, 1)) {
            a.text = t->text();
            a.uuid = t->data(Qt::UserRole).toString();
            a.recordedOn = t->data(Qt::UserRole + 1).toDate();
            a.substanceCode = t->data(Qt::UserRole + 2).toString();
        }
        if (QTableWidgetItem* r = m_allergies->item(row, 2)) {
            a.reaction = r->text();
        }
        p.allergies.push_back(a);
    }
    Identity::PatientValidation::normalise(p);
    return p;
}

bool PatientFileView::hasUnsavedChanges() const
{
    if (m_patient.meta.uuid.isEmpty() && !m_creating) {
        return false;
    }
    const Model::Patient typed = draft();
    Model::Patient base = m_patient;
    Identity::PatientValidation::normalise(base);
    return !Model::Patient::changedFields(base, typed).isEmpty();
}

void PatientFileView::markTouched(const QString& field)
{
    m_touched.insert(field);
    showErrors(m_triedSave);
}

bool PatientFileView::showErrors(bool all)
{
    const QDate today = m_executor.clock().today();
    const Model::Patient p = draft();
    QHash<QString, QString> messages;
    for (const Identity::FieldError& e : PatientValidation::check(p, {today, true})) {
        if (!messages.contains(e.field)) {
            messages.insert(e.field, e.message);
        }
    }
    // What was typed in the date field, as typed: an unreadable date is said so.
    auto* dateLine = qobject_cast<QLineEdit*>(m_editors.value(QStringLiteral("birth_date")));
    if (auto m = PatientValidation::checkBirthDateText(dateLine->text(), today)) {
        messages.insert(QStringLiteral("birth_date"), *m);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const bool show = messages.contains(it.key()) && (all || m_touched.contains(it.key()));
        it.value()->setText(show ? messages.value(it.key()) : QString());
        it.value()->setVisible(show);
    }
    return messages.isEmpty();
}

void PatientFileView::applyEditability()
{
    const bool restricted = m_patient.rights.restricted();
    const bool identity = m_creating || m_executor.allowed(Commands::Permission::PatientIdentity);
    const bool write = m_executor.allowed(Commands::Permission::PatientWrite) && !restricted;
    static const QStringList identityEditors = Model::identityFields();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const bool editable = write && (!identityEditors.contains(it.key()) || identity);
        if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            line->setReadOnly(!editable);
        } else if (auto* combo = qobject_cast<QComboBox*>(it.value())) {
            combo->setEnabled(editable);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value())) {
            text->setReadOnly(!editable);
        } else if (auto* table = qobject_cast<QTableWidget*>(it.value())) {
            table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                            : QAbstractItemView::NoEditTriggers);
        }
    }
    for (QCheckBox* box : std::as_const(m_flags)) {
        box->setEnabled(write && (identity || m_creating));
    }
    m_reasonRow->setVisible(!m_creating);
    m_reasonRow->setEnabled(write && identity);
    const bool existing = !m_creating && !m_patient.meta.uuid.isEmpty();
    m_photo->setVisible(existing);
    m_recordDocument->setVisible(existing);
    m_recordDocument->setEnabled(!restricted);
    m_insi->setVisible(existing);
    m_insi->setEnabled(!restricted);
    m_duplicates->setVisible(existing);
    m_choosePhoto->setEnabled(existing && !restricted);
    m_removePhoto->setEnabled(existing && !restricted && !m_photoBytes.isEmpty());
    m_save->setEnabled(write || m_creating);
    m_save->setText(m_creating ? tr("Créer le dossier") : tr("Enregistrer"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_historyTab), existing);
    m_tabs->setTabVisible(m_tabs->indexOf(m_rightsTab), existing);
    if (m_access) {
        m_tabs->setTabVisible(m_tabs->indexOf(m_access), existing);
    }
}

void PatientFileView::showMessage(const QString& text, bool error)
{
    // Always laid out (empty when there is nothing to say), so the buttons keep their place.
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020;") : QStringLiteral("color:#11532a;"));
}

bool PatientFileView::run(Commands::Command& command)
{
    auto r = m_executor.execute(command);
    if (!r) {
        showMessage(r.error().userText, true);
        return false;
    }
    showMessage(tr("Enregistré."), false);
    Q_EMIT committed();
    reload();
    return true;
}

bool PatientFileView::save()
{
    m_triedSave = true;
    if (!showErrors(true)) {
        showMessage(tr("Corrigez les champs signalés en rouge : rien n'a été enregistré."), true);
        return false;
    }
    const Model::Patient typed = draft();
    const QDate today = m_executor.clock().today();
    if (m_creating) {
        bool reviewed = false;
        auto candidates = m_directory.duplicateCandidates(typed);
        if (!candidates) {
            showMessage(candidates.error().userText, true);
            return false;
        }
        if (!candidates->empty()) {
            DuplicatesDialog dialog(*candidates, DuplicatesDialog::Mode::Creation, m_executor.clock().today(),
                                    this);
            const int answer = dialog.exec();
            if (answer == DuplicatesDialog::OpenSelected) {
                const QString other = dialog.selectedUuid();
                clear();
                Q_EMIT openRequested(other);
                return false;
            }
            if (answer != DuplicatesDialog::CreateAnyway) {
                showMessage(tr("Création suspendue : rien n'a été enregistré."), false);
                return false;
            }
            reviewed = true;
        }
        Commands::CreatePatientCommand create(typed, today);
        create.setDuplicatesReviewed(reviewed);
        auto r = m_executor.execute(create);
        if (!r) {
            showMessage(r.error().userText, true);
            return false;
        }
        const QString uuid = create.patient().meta.uuid;
        m_creating = false;
        Q_EMIT committed();
        // The new file opens as any other (a consultation by its author).
        openFile(uuid);
        showMessage(tr("Dossier créé."), false);
        return true;
    }
    if (!hasUnsavedChanges()) {
        showMessage(tr("Aucune modification à enregistrer."), false);
        return false;
    }
    Commands::UpdatePatientCommand update(typed, today);
    update.setRectification(Commands::ChangeSource(m_source->currentData().toInt()), m_reason->text());
    return run(update);
}

void PatientFileView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PatientFileView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_photo && !m_creating && !m_patient.meta.uuid.isEmpty()
        && !m_patient.rights.restricted()) {
        if (event->type() == QEvent::DragEnter) {
            auto* drag = static_cast<QDragEnterEvent*>(event);
            if (drag->mimeData()->hasUrls() && drag->mimeData()->urls().size() == 1
                && drag->mimeData()->urls().front().isLocalFile()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            usePhotoFile(drop->mimeData()->urls().front().toLocalFile());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientFileView::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Photo du patient"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png)"));
    if (!path.isEmpty()) {
        usePhotoFile(path);
    }
}

void PatientFileView::usePhotoFile(const QString& path)
{
    // Scaled here (a picture for a label, not a camera's 12 megapixels), JPEG-encoded in memory:
    // the bytes go into the encrypted store only, never into a temporary file.
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        showMessage(tr("Cette image ne peut pas être lue : choisissez un fichier JPEG ou PNG."), true);
        return;
    }
    const QImage scaled = image.width() > 480 || image.height() > 600
        ? image.scaled(480, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPEG", 85);
    Commands::SetPatientPhotoCommand set(m_patient.meta.uuid, bytes);
    run(set);
}

void PatientFileView::recordDocument()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Pièce d'identité contrôlée"));
    auto* form = new QFormLayout(&dialog);
    auto* intro
        = new QLabel(tr("Vous avez vu l'original de la pièce et vérifié qu'elle correspond aux traits "
                        "stricts du dossier et à la personne présente."),
                     &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* type = new QComboBox(&dialog);
    type->setObjectName(QStringLiteral("documentType"));
    for (const QString& code : Vigilance::documentTypes()) {
        type->addItem(Vigilance::documentLabel(code), code);
    }
    auto* parent = new QComboBox(&dialog);
    parent->setObjectName(QStringLiteral("parentDocumentType"));
    for (const QString& code : Vigilance::parentDocumentTypes()) {
        parent->addItem(Vigilance::documentLabel(code), code);
    }
    form->addRow(tr("Pièce"), type);
    form->addRow(tr("Pièce du parent (mineur)"), parent);
    auto updateParent = [type, parent] {
        parent->setEnabled(Vigilance::needsParentDocument(type->currentData().toString()));
    };
    connect(type, &QComboBox::currentIndexChanged, &dialog, updateParent);
    updateParent();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer le contrôle"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Commands::RecordIdentityDocumentCommand record(
        m_patient.meta.uuid, m_patient.meta.revision, type->currentData().toString(),
        parent->isEnabled() ? parent->currentData().toString() : QString());
    run(record);
}

void PatientFileView::queryInsi()
{
    if (hasUnsavedChanges()) {
        // The teleservice is asked about the file as recorded; what is typed stays in the form.
        showMessage(tr("Enregistrez d'abord les modifications en cours : le téléservice est interrogé avec "
                       "les traits enregistrés du dossier."),
                    true);
        return;
    }
    InsiDialog dialog(m_insiAccess, m_executor, m_patient, this);
    dialog.exec();
    if (dialog.changedFile()) {
        showMessage(tr("Résultat INSi enregistré."), false);
        Q_EMIT committed();
        reload();
    } else if (!dialog.lastError().isEmpty()) {
        // The file says it too, once the dialog is closed: nothing changed, nothing was lost.
        showMessage(dialog.lastError(), true);
    }
}

void PatientFileView::findDuplicates()
{
    auto candidates = m_directory.duplicateCandidates(m_patient);
    if (!candidates) {
        showMessage(candidates.error().userText, true);
        return;
    }
    if (candidates->empty()) {
        showMessage(tr("Aucun dossier proche de celui-ci."), false);
        return;
    }
    DuplicatesDialog dialog(*candidates, DuplicatesDialog::Mode::ExistingFile, m_executor.clock().today(),
                            this);
    const int answer = dialog.exec();
    if (answer == DuplicatesDialog::OpenSelected) {
        Q_EMIT openRequested(dialog.selectedUuid());
    } else if (answer == DuplicatesDialog::MergeSelected) {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Fusionner les dossiers"),
            tr("Le dossier choisi sera absorbé par celui-ci, qui garde son identité ; son historique et ses "
               "demandes y seront rattachés.\nMotif de la fusion :"),
            QLineEdit::Normal, QString(), &ok);
        if (ok) {
            Commands::MergePatientsCommand merge(m_patient.meta.uuid, dialog.selectedUuid(), reason);
            run(merge);
        }
    }
}

void PatientFileView::restrictOrLift()
{
    const bool restricting = !m_patient.rights.restricted();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, restricting ? tr("Limiter le dossier") : tr("Lever la limitation"),
        restricting ? tr("Le dossier ne pourra plus être modifié jusqu'à la levée de la limitation.\nMotif "
                         "(contestation de l'exactitude, opposition en cours…) :")
                    : tr("Motif de la levée :"),
        QLineEdit::Normal, QString(), &ok);
    if (ok) {
        Commands::SetRestrictionCommand command(m_patient.meta.uuid, restricting, reason);
        run(command);
    }
}

void PatientFileView::toggleObjection()
{
    using K = Commands::RecordRightsDecisionCommand::Kind;
    const bool objecting = !m_patient.rights.objectionAt.isValid();
    QString detail;
    if (objecting) {
        bool ok = false;
        detail = QInputDialog::getText(
            this, tr("Opposition au partage"),
            tr("Le patient s'oppose au partage de ses données avec son cercle de soins.\n"
               "Précisions (facultatif) :"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return;
        }
    }
    Commands::RecordRightsDecisionCommand command(m_patient.meta.uuid,
                                                  objecting ? K::Objection : K::ObjectionLifted, detail);
    run(command);
}

void PatientFileView::toggleConsent()
{
    using K = Commands::RecordRightsDecisionCommand::Kind;
    const bool withdrawing = !m_patient.rights.consentWithdrawnAt.isValid();
    QString detail;
    if (withdrawing) {
        bool ok = false;
        detail = QInputDialog::getText(
            this, tr("Retrait du consentement"),
            tr("Le patient retire son consentement au partage de ses données de santé.\n"
               "Précisions (facultatif) :"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return;
        }
    }
    Commands::RecordRightsDecisionCommand command(
        m_patient.meta.uuid, withdrawing ? K::ConsentWithdrawn : K::ConsentGiven, detail);
    run(command);
}

void PatientFileView::editDirectives()
{
    bool ok = false;
    const QString text
        = QInputDialog::getMultiLineText(this, tr("Directives post-mortem"),
                                         tr("Ce que le patient demande pour ses données après son décès "
                                            "(conservation, effacement, communication "
                                            "à une personne désignée) :"),
                                         m_patient.rights.postMortemDirectives, &ok);
    if (ok) {
        Commands::RecordRightsDecisionCommand command(
            m_patient.meta.uuid, Commands::RecordRightsDecisionCommand::Kind::PostMortemDirectives, text);
        run(command);
    }
}

Result<void> PatientFileView::writeAccessCopy(const QString& path)
{
    std::vector<Services::AuditRow> accesses;
    if (m_log) {
        Audit::Filter f;
        f.patientUuid = m_patient.meta.uuid;
        f.limit = 100000;
        auto rows = m_log->query(f);
        if (!rows) {
            return fail(rows.error());
        }
        accesses = std::move(*rows);
    }
    auto html = m_directory.accessReport(m_patient.meta.uuid, accesses);
    if (!html) {
        return fail(html.error());
    }
    const QString uuid = m_patient.meta.uuid;
    return writeHealthDataFile(
        path,
        [&html](QIODevice& out) -> Result<void> {
            printHtmlToPdf(*html, tr("Copie du dossier patient"), out, false, 9);
            return {};
        },
        [this, &uuid](qint64 bytes) {
            Commands::RecordPatientExportCommand record(
                uuid, Commands::RecordPatientExportCommand::Kind::Access, QStringLiteral("pdf"), bytes);
            return m_executor.execute(record);
        });
}

Result<void> PatientFileView::writeFhirBundle(const QString& path)
{
    auto json = m_directory.portabilityBundle(m_patient.meta.uuid);
    if (!json) {
        return fail(json.error());
    }
    const QString uuid = m_patient.meta.uuid;
    return writeHealthDataFile(
        path,
        [&json](QIODevice& out) -> Result<void> {
            if (out.write(*json) != json->size()) {
                return fail(ErrorCode::StoreIo, tr("Écriture du fichier impossible."),
                            QStringLiteral("fhir write"));
            }
            return {};
        },
        [this, &uuid](qint64 bytes) {
            Commands::RecordPatientExportCommand record(
                uuid, Commands::RecordPatientExportCommand::Kind::Portability, QStringLiteral("fhir-r4-json"),
                bytes);
            return m_executor.execute(record);
        });
}

void PatientFileView::exportAccessCopy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Copie du dossier pour le patient"),
                                                      tr("copie-dossier.pdf"), tr("Documents PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto r = writeAccessCopy(path); !r) {
        showMessage(r.error().userText, true);
        return;
    }
    showMessage(tr("Copie du dossier enregistrée ; la remise est inscrite dans les droits du patient."),
                false);
    Q_EMIT committed();
    reload();
}

void PatientFileView::exportFhir()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export portable du dossier"),
                                                      tr("dossier-patient.json"), tr("FHIR JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto r = writeFhirBundle(path); !r) {
        showMessage(r.error().userText, true);
        return;
    }
    showMessage(tr("Export FHIR enregistré ; il est inscrit dans les droits du patient."), false);
    Q_EMIT committed();
    reload();
}

void PatientFileView::requestErasure()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Demande d'effacement"),
        tr("La demande est enregistrée dans tous les cas. Si aucune durée légale de conservation ne court, "
           "le "
           "dossier sera effacé définitivement (seule une trace sans donnée de santé subsiste).\n"
           "Forme de la demande (courrier, au comptoir…) :"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    Commands::ErasePatientCommand erase(m_patient.meta.uuid, reason);
    auto r = m_executor.execute(erase);
    if (!r) {
        showMessage(r.error().userText, true);
        return;
    }
    Q_EMIT committed();
    if (!erase.refusal().isEmpty()) {
        reload();
        showMessage(erase.refusal(), true);
        m_tabs->setCurrentWidget(m_rightsTab);
        return;
    }
    clear();
    QMessageBox::information(
        this, tr("Dossier effacé"),
        tr("Le dossier a été effacé. La demande reste inscrite dans le registre des droits."));
    Q_EMIT closeRequested();
}

} // namespace Officine::Ui
