#include "insidialog.h"

#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "identity/identityvigilance.h"
#include "model/patientfields.h"
#include "pindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

using Identity::Vigilance;

InsiDialog::InsiDialog(Insi::Access access, Commands::CommandExecutor& executor, Model::Patient patient,
                       QWidget* parent)
    : QDialog(parent)
    , m_access(std::move(access))
    , m_executor(executor)
    , m_patient(std::move(patient))
    , m_operation(new QComboBox(this))
    , m_vitale(new QWidget(this))
    , m_vitaleNir(new QLineEdit(m_vitale))
    , m_vitaleBirth(new QLineEdit(m_vitale))
    , m_vitaleRank(new QSpinBox(m_vitale))
    , m_query(new QPushButton(tr("Interroger le téléservice"), this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_confirm(new QCheckBox(this))
    , m_adopt(new QPushButton(tr("Adopter l'identité INSi"), this))
    , m_close(new QPushButton(tr("Fermer"), this))
{
    setObjectName(QStringLiteral("insiDialog"));
    setWindowTitle(tr("Téléservice INSi — %1").arg(m_patient.displayName()));
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Le téléservice INSi de l'Assurance maladie renvoie l'identité nationale de "
                        "santé (INS) et les traits de référence du patient. Il est interrogé avec "
                        "votre carte CPS ; l'identité renvoyée n'est adoptée qu'après comparaison avec "
                        "le patient et sa pièce d'identité."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_operation->setObjectName(QStringLiteral("insi.operation"));
    m_operation->addItem(Insi::operationLabel(Insi::Operation::Traits),
                         static_cast<int>(Insi::Operation::Traits));
    m_operation->addItem(Insi::operationLabel(Insi::Operation::Vitale),
                         static_cast<int>(Insi::Operation::Vitale));
    m_operation->addItem(Insi::operationLabel(Insi::Operation::Verify),
                         static_cast<int>(Insi::Operation::Verify));
    if (m_patient.nir.isEmpty()) {
        // Nothing to verify without an INS (Request::check says so too).
        if (auto* model = qobject_cast<QStandardItemModel*>(m_operation->model())) {
            model->item(2)->setEnabled(false);
        }
        m_operation->setItemData(2, tr("Le dossier ne porte pas encore d'INS."), Qt::ToolTipRole);
    } else if (!m_patient.birthDate.isComplete()) {
        m_operation->setCurrentIndex(1); // a partial date: only the carte Vitale finds the INS
    } else {
        m_operation->setCurrentIndex(2);
    }
    form->addRow(tr("Opération"), m_operation);

    auto* vitaleForm = new QFormLayout(m_vitale);
    vitaleForm->setContentsMargins(0, 0, 0, 0);
    m_vitaleNir->setObjectName(QStringLiteral("insi.vitaleNir"));
    m_vitaleNir->setPlaceholderText(tr("13 caractères, sans la clé"));
    m_vitaleNir->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9ABab]{0,13}")), m_vitaleNir));
    m_vitaleBirth->setObjectName(QStringLiteral("insi.vitaleBirth"));
    m_vitaleBirth->setPlaceholderText(tr("AAAAMMJJ, telle que la carte la porte"));
    m_vitaleBirth->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_vitaleBirth));
    m_vitaleRank->setObjectName(QStringLiteral("insi.vitaleRank"));
    m_vitaleRank->setRange(1, 9);
    vitaleForm->addRow(tr("N° de l'assuré (ouvrant droit)"), m_vitaleNir);
    vitaleForm->addRow(tr("Date de naissance du bénéficiaire"), m_vitaleBirth);
    vitaleForm->addRow(tr("Rang de naissance"), m_vitaleRank);
    form->addRow(m_vitale);
    layout->addLayout(form);

    m_query->setObjectName(QStringLiteral("insi.query"));
    m_query->setDefault(true);
    auto* queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query);
    queryRow->addStretch(1);
    layout->addLayout(queryRow);

    m_message->setObjectName(QStringLiteral("insi.message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_table->setObjectName(QStringLiteral("insi.comparison"));
    m_table->setHorizontalHeaderLabels(
        {tr("Trait"), tr("Dossier"), tr("Téléservice INSi"), tr("Comparaison")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setVisible(false);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // takes the room while the comparison is hidden

    m_confirm->setObjectName(QStringLiteral("insi.confirm"));
    m_confirm->setText(
        tr("J'ai comparé ces traits avec le patient présent et sa pièce d'identité : il s'agit "
           "bien de lui."));
    m_confirm->setVisible(false);
    layout->addWidget(m_confirm);

    auto* buttons = new QDialogButtonBox(this);
    m_adopt->setObjectName(QStringLiteral("insi.adopt"));
    m_adopt->setVisible(false);
    m_adopt->setEnabled(false);
    buttons->addButton(m_adopt, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_operation, &QComboBox::currentIndexChanged, this, &InsiDialog::updateOperation);
    connect(m_query, &QPushButton::clicked, this, &InsiDialog::query);
    connect(m_confirm, &QCheckBox::toggled, m_adopt, &QPushButton::setEnabled);
    connect(m_adopt, &QPushButton::clicked, this, [this] { record(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updateOperation();
    if (!m_access.service || !m_access.service->isConfigured()) {
        setMessage(
            tr("Le téléservice INSi n'est pas configuré sur ce poste (officine.conf, section [insi]) : "
               "l'identité reste provisoire."),
            true);
        m_query->setEnabled(false);
    } else if (!m_access.caller) {
        setMessage(
            tr("Le téléservice INSi s'interroge avec votre carte CPS : connectez-vous avec votre carte."),
            true);
        m_query->setEnabled(false);
    }
}

void InsiDialog::updateOperation()
{
    const auto op = static_cast<Insi::Operation>(m_operation->currentData().toInt());
    m_vitale->setVisible(op == Insi::Operation::Vitale);
}

void InsiDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#a4262c; font-weight:bold;") : QString());
}

void InsiDialog::query()
{
    if (m_busy || !m_access.service || !m_access.caller) {
        return;
    }
    if (awaitingAdoption()) {
        record(false); // a new question: the previous answer was not adopted
    }
    Insi::Request request = Insi::Request::fromPatient(
        static_cast<Insi::Operation>(m_operation->currentData().toInt()), m_patient);
    if (request.operation == Insi::Operation::Vitale) {
        request.vitale = {m_vitaleNir->text().toUpper(), m_vitaleBirth->text(), m_vitaleRank->value()};
    }
    if (auto checked = request.check(); !checked) {
        setMessage(checked.error().userText, true);
        return;
    }
    std::shared_ptr<const SecureBuffer> pin;
    if (m_access.needsPin) {
        PinDialog dialog(
            tr("Le téléservice INSi va être interrogé avec votre carte CPS : saisissez votre code "
               "porteur."),
            this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        pin = std::make_shared<const SecureBuffer>(dialog.take());
    }
    auto caller = m_access.caller(std::move(pin));
    if (!caller) {
        setMessage(caller.error().userText, true);
        return;
    }
    m_busy = true;
    m_answer.reset();
    m_recorded = false;
    m_table->setVisible(false);
    m_confirm->setVisible(false);
    m_adopt->setVisible(false);
    m_query->setEnabled(false);
    setMessage(tr("Interrogation du téléservice INSi…"), false);
    m_access.service->query(request, std::move(*caller), this, [this, request](Result<Insi::Answer> answer) {
        onAnswer(request, std::move(answer));
    });
}

void InsiDialog::onAnswer(Insi::Request request, Result<Insi::Answer> answer)
{
    m_busy = false;
    m_query->setEnabled(true);
    if (!answer) {
        // Nothing was recorded: the file stays as it was, what was typed with it.
        m_lastError = answer.error().userText;
        setMessage(answer.error().userText, true);
        Q_EMIT answered();
        return;
    }
    m_lastError.clear();
    m_request = std::move(request);
    m_answer = std::move(*answer);
    QString text = Insi::outcomeText(m_answer->outcome);
    if (m_answer->outcome == Insi::Outcome::Found && m_answer->identity) {
        showComparison(m_answer->identity->traits, m_answer->identity->matricule);
        m_confirm->setChecked(false);
        m_confirm->setVisible(true);
        m_adopt->setVisible(true);
        m_adopt->setEnabled(false);
        const auto differences = Vigilance::compareTraits(m_patient.traits(), m_answer->identity->traits);
        if (!differences.empty()) {
            text += u' '
                + tr("%n trait(s) diffère(nt) de ceux du dossier : l'adoption les remplace, les valeurs "
                     "saisies "
                     "restent dans l'historique.",
                     nullptr, static_cast<int>(differences.size()));
        }
        if (m_patient.document.isRecorded()) {
            text += u' ' + tr("Une pièce d'identité est déjà contrôlée : l'identité deviendra qualifiée.");
        } else {
            text += u' ' + tr("Sans pièce d'identité contrôlée, l'identité deviendra récupérée.");
        }
        setMessage(text, false);
    } else {
        setMessage(text, m_answer->outcome == Insi::Outcome::NotVerified);
        if (m_answer->outcome == Insi::Outcome::Verified) {
            showComparison(m_patient.traits(), m_patient.nir);
        }
        record(false);
    }
    Q_EMIT answered();
}

void InsiDialog::showComparison(const Model::IdentityTraits& returned, const QString& matricule)
{
    const Model::IdentityTraits typed = m_patient.traits();
    QSet<QString> different;
    for (const auto& d : Vigilance::compareTraits(typed, returned)) {
        different.insert(d.field);
    }
    const struct
    {
        const char* field;
        QString here;
        QString there;
    } rows[] = {
        {"birth_family_name", typed.birthFamilyName, returned.birthFamilyName},
        {"given_names", typed.givenNames, returned.givenNames},
        {"first_given_name", typed.firstGivenName, returned.firstGivenName},
        {"sex", Model::sexLabel(typed.sex), Model::sexLabel(returned.sex)},
        {"birth_date", typed.birthDate.toDisplay(), returned.birthDate.toDisplay()},
        {"birth_place_code", typed.birthPlaceCode, returned.birthPlaceCode},
        {"nir", Model::nirDisplay(m_patient.nir), Model::nirDisplay(matricule)},
    };
    m_table->setRowCount(0);
    for (const auto& r : rows) {
        const QString field = QString::fromLatin1(r.field);
        const bool differs = field == QLatin1StringView("nir")
            ? (!m_patient.nir.isEmpty() && m_patient.nir != matricule)
            : different.contains(field);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* label = new QTableWidgetItem(Model::patientFieldLabel(field));
        auto* here = new QTableWidgetItem(r.here.isEmpty() ? tr("(non renseigné)") : r.here);
        auto* there = new QTableWidgetItem(r.there);
        QString verdict;
        if (field == QLatin1StringView("nir") && m_patient.nir.isEmpty()) {
            verdict = tr("INS obtenu");
        } else {
            verdict = differs ? tr("≠ différent") : tr("= identique");
        }
        auto* mark = new QTableWidgetItem(verdict);
        mark->setData(Qt::UserRole, differs);
        if (differs) {
            for (auto* item : {label, here, there, mark}) {
                item->setBackground(QColor(0xfd, 0xe7, 0xc8));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, here);
        m_table->setItem(row, 2, there);
        m_table->setItem(row, 3, mark);
    }
    m_table->setVisible(true);
}

void InsiDialog::record(bool adopted)
{
    if (!m_answer || !m_request || m_recorded) {
        return;
    }
    Commands::RecordInsiResultCommand command(m_patient.meta.uuid, m_patient.meta.revision, *m_request,
                                              *m_answer);
    command.setAdopted(adopted);
    auto r = m_executor.execute(command);
    m_recorded = true;
    m_adopt->setEnabled(false);
    m_confirm->setEnabled(false);
    if (!r) {
        setMessage(r.error().userText, true);
        return;
    }
    if (!command.changedFields().isEmpty()) {
        // The file moved on: a further question starts from the file view again.
        m_changed = true;
        m_query->setEnabled(false);
    }
    if (adopted) {
        setMessage(tr("Identité INSi adoptée : le dossier porte désormais l'INS et les traits de référence."),
                   false);
        m_adopt->setVisible(false);
        m_confirm->setVisible(false);
    }
}

void InsiDialog::done(int result)
{
    if (awaitingAdoption()) {
        record(false); // closed without adopting: the query is still audited
    }
    QDialog::done(result);
}

} // namespace Officine::Ui
