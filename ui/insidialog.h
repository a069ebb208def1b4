#pragma once

#include "insi/insiclient.h"
#include "model/patient.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace Officine::Commands {
class CommandExecutor;
}

namespace Officine::Ui {

/// Asks the INSi teleservice about the open file: by its traits, by the carte Vitale, or to
/// verify the INS it holds. The traits returned are shown beside the file's, field by field,
/// differences marked; a found identity is adopted only when the user confirms it is the
/// person's (RecordInsiResultCommand, which the other answers are recorded by at once). The
/// service down, the card refused or pulled: said in French, nothing recorded, the file as it was.
class InsiDialog : public QDialog
{
    Q_OBJECT

public:
    InsiDialog(Insi::Access access, Commands::CommandExecutor& executor, Model::Patient patient,
               QWidget* parent = nullptr);

    QComboBox* operationBox() const { return m_operation; }
    QPushButton* queryButton() const { return m_query; }
    QPushButton* adoptButton() const { return m_adopt; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QTableWidget* comparison() const { return m_table; }
    QLabel* message() const { return m_message; }
    /// Whether a command changed the file (the file view reloads it).
    bool changedFile() const { return m_changed; }
    /// Whether the last answer is waiting for the user (a found identity not adopted yet).
    bool awaitingAdoption() const { return m_answer.has_value() && !m_recorded; }
    /// The last question's failure (service down, card refused), empty when it was answered.
    QString lastError() const { return m_lastError; }

    void done(int result) override;

Q_SIGNALS:
    void answered();

private:
    void query();
    void onAnswer(Insi::Request request, Result<Insi::Answer> answer);
    void showComparison(const Model::IdentityTraits& returned, const QString& matricule);
    void record(bool adopted);
    void setMessage(const QString& text, bool error);
    void updateOperation();

    Insi::Access m_access;
    Commands::CommandExecutor& m_executor;
    Model::Patient m_patient;
    QComboBox* m_operation;
    QWidget* m_vitale;
    QLineEdit* m_vitaleNir;
    QLineEdit* m_vitaleBirth;
    QSpinBox* m_vitaleRank;
    QPushButton* m_query;
    QLabel* m_message;
    QTableWidget* m_table;
    QCheckBox* m_confirm;
    QPushButton* m_adopt;
    QPushButton* m_close;
    std::optional<Insi::Request> m_request;
    std::optional<Insi::Answer> m_answer;
    bool m_recorded = false;
    bool m_changed = false;
    bool m_busy = false;
    QString m_lastError;
};

} // namespace Officine::Ui
