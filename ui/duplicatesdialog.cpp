#include "duplicatesdialog.h"

#include "identity/identityvigilance.h"
#include "model/patientfields.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

QString DuplicatesDialog::reasonLabel(Storage::DuplicateCandidate::Reason reason)
{
    using R = Storage::DuplicateCandidate::Reason;
    switch (reason) {
    case R::SameNir:
        return tr("Même NIR");
    case R::SameStrictTraits:
        return tr("Mêmes traits d'identité");
    case R::TransposedGivenNames:
        return tr("Prénoms inversés");
    case R::UsedNameAsBirthName:
        return tr("Nom d'usage et nom de naissance croisés");
    case R::CloseNames:
        break;
    }
    return tr("Nom proche, même date ou date voisine");
}

DuplicatesDialog::DuplicatesDialog(const std::vector<Storage::DuplicateCandidate>& candidates, Mode mode,
                                   const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_table(new QTableWidget(0, 7, this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Dossiers proches"));
    auto* intro
        = new QLabel(mode == Mode::Creation
                         ? tr("Ces dossiers pourraient être ceux de la même personne. Vérifiez avec elle "
                              "avant de créer un nouveau dossier : un doublon disperse son historique.")
                         : tr("Ces dossiers pourraient être ceux de la même personne que le dossier ouvert."),
                     this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("duplicates.table"));
    m_table->setHorizontalHeaderLabels({tr("Nom"), tr("Prénoms"), tr("Naissance"), tr("Sexe"), tr("Commune"),
                                        tr("Identité"), tr("Pourquoi")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    for (const Storage::DuplicateCandidate& c : m_candidates) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const Model::PatientSummary& s = c.patient;
        const int age = Model::ageOn(s.birthDate, today);
        const QStringList cells {s.familyName(),
                                 s.givenNames,
                                 age >= 0 ? tr("%1 (%n an(s))", nullptr, age).arg(s.birthDate.toDisplay())
                                          : s.birthDate.toDisplay(),
                                 Model::sexShortLabel(s.sex),
                                 s.city,
                                 Identity::Vigilance::statusShortLabel(s.identityStatus),
                                 reasonLabel(c.reason)};
        for (int col = 0; col < cells.size(); ++col) {
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->selectRow(0);

    auto* buttons = new QDialogButtonBox(this);
    auto* open = buttons->addButton(tr("Ouvrir ce dossier"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("duplicates.open"));
    connect(open, &QPushButton::clicked, this, [this] { done(OpenSelected); });
    if (mode == Mode::Creation) {
        auto* create
            = buttons->addButton(tr("Créer quand même (personne différente)"), QDialogButtonBox::ActionRole);
        create->setObjectName(QStringLiteral("duplicates.create"));
        connect(create, &QPushButton::clicked, this, [this] { done(CreateAnyway); });
    } else {
        auto* merge
            = buttons->addButton(tr("Fusionner dans le dossier ouvert…"), QDialogButtonBox::ActionRole);
        merge->setObjectName(QStringLiteral("duplicates.merge"));
        connect(merge, &QPushButton::clicked, this, [this] { done(MergeSelected); });
    }
    auto* cancel = buttons->addButton(tr("Retour à la saisie"), QDialogButtonBox::RejectRole);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { done(OpenSelected); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 360);
}

QString DuplicatesDialog::selectedUuid() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_candidates.size()) ? m_candidates[size_t(row)].patient.uuid : QString();
}

} // namespace Officine::Ui
