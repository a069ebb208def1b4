#pragma once

#include "insi/insiclient.h"
#include "model/patient.h"
#include "services/patientdirectory.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Officine::Commands {
class CommandExecutor;
class Command;
} // namespace Officine::Commands
namespace Officine::Services {
class AuditLog;
}

namespace Officine::Ui {

class AuditView;

/// A patient's file as a screen of its own: the header that tells who this is (photo, name,
/// birth date and age, identity status), then identity, contact and clinical data editable in
/// place with each field's error under it, the rectification history, the patient's rights and
/// the access history. Also the form of a new file. Every change goes through a command; the
/// checks are core's (Identity::PatientValidation), shown here field by field, and a refused
/// save keeps everything typed.
class PatientFileView : public QWidget
{
    Q_OBJECT

public:
    PatientFileView(Services::PatientDirectory& directory, Commands::CommandExecutor& executor,
                    Services::AuditLog* auditLog, QWidget* parent = nullptr);

    /// The INSi teleservice and the card to query it with (Interroger l'INSi…).
    void setInsi(Insi::Access access) { m_insiAccess = std::move(access); }
    QPushButton* insiButton() const { return m_insi; }

    /// Opens a file (a consultation: one `view` entry). Returns false with the message shown
    /// when it cannot be opened.
    bool openFile(const QString& uuid);
    /// An empty form for a new patient; `familyName` prefills the birth name (what was searched).
    void startCreation(const QString& familyName = {});
    /// Forgets the open file (nothing of it stays on screen).
    void clear();

    QString patientUuid() const { return m_patient.meta.uuid; }
    bool isCreating() const { return m_creating; }
    bool hasUnsavedChanges() const;

    QTabWidget* tabs() const { return m_tabs; }
    AuditView* accessHistory() const { return m_access; }
    int accessTabIndex() const;
    /// The editor and the error label of a field, by its stable name (tests, focus).
    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    QLabel* errorLabel(const QString& field) const { return m_errors.value(field); }
    QPushButton* saveButton() const { return m_save; }
    QLabel* message() const { return m_message; }
    QLabel* banner() const { return m_banner; }
    QLabel* statusBadge() const { return m_status; }
    QTreeWidget* historyTree() const { return m_historyTree; }
    QTableWidget* rightsTable() const { return m_rightsTable; }
    QTableWidget* allergyTable() const { return m_allergies; }

    /// Saves what is typed (the Enregistrer button). Returns whether it was saved.
    bool save();

Q_SIGNALS:
    /// The user leaves the file (Échap, or the back button).
    void closeRequested();
    /// A change was committed (the list refreshes its rows).
    void committed();
    /// The user asked to open another file (a duplicate candidate).
    void openRequested(const QString& uuid);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildIdentityTab();
    QWidget* buildContactTab();
    QWidget* buildClinicalTab();
    QWidget* buildHistoryTab();
    QWidget* buildRightsTab();
    QLineEdit* addLine(QFormLayout* form, const QString& field, const QString& label,
                       const QString& placeholder = {});
    void addError(QFormLayout* form, const QString& field);
    void fill(const Model::Patient& p, const Services::PatientDirectory::FileExtras& extras);
    void fillHeader();
    void fillHistory(const std::vector<Storage::HistoryEntry>& history);
    void fillRights(const std::vector<Storage::RightsEvent>& rights);
    void setPhoto(const QByteArray& bytes);
    Model::Patient draft() const;
    /// Shows core's errors for the touched fields (all of them after a save attempt).
    bool showErrors(bool all);
    void markTouched(const QString& field);
    void applyEditability();
    /// Runs a command on the open file, then reads it back; false with the message shown.
    bool run(Commands::Command& command);
    void reload();
    void loadAccessHistoryIfShown();
    void showMessage(const QString& text, bool error);
    void choosePhoto();
    void usePhotoFile(const QString& path);
    void recordDocument();
    void queryInsi();
    void findDuplicates();
    void restrictOrLift();
    void toggleObjection();
    void toggleConsent();
    void editDirectives();
    void requestErasure();
    void exportAccessCopy();
    void exportFhir();

public:
    /// The exports behind the two buttons, writing to `path` (tests call them directly).
    Result<void> writeAccessCopy(const QString& path);
    Result<void> writeFhirBundle(const QString& path);
    /// What choosing or dropping a picture does (tests drive it without the file dialog).
    void usePhotoFileForTest(const QString& path) { usePhotoFile(path); }

private:
    void addAllergyRow(const Model::Allergy& allergy);

    Services::PatientDirectory& m_directory;
    Commands::CommandExecutor& m_executor;
    Model::Patient m_patient;
    bool m_creating = false;
    bool m_triedSave = false;
    QSet<QString> m_touched;

    QLabel* m_photo = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QComboBox* m_sex = nullptr;
    QHash<QString, QCheckBox*> m_flags;
    QLabel* m_evidence = nullptr;
    QPushButton* m_recordDocument = nullptr;
    QPushButton* m_insi = nullptr;
    Insi::Access m_insiAccess;
    QPushButton* m_duplicates = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_reason = nullptr;
    QWidget* m_reasonRow = nullptr;
    QTableWidget* m_allergies = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_choosePhoto = nullptr;
    QPushButton* m_removePhoto = nullptr;
    QTreeWidget* m_historyTree = nullptr;
    QTableWidget* m_rightsTable = nullptr;
    QLabel* m_rightsState = nullptr;
    QPushButton* m_restrict = nullptr;
    QPushButton* m_objection = nullptr;
    QPushButton* m_consent = nullptr;
    QPushButton* m_directives = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_accessCopy = nullptr;
    QPushButton* m_fhir = nullptr;
    Services::AuditLog* m_log = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    AuditView* m_access = nullptr;
    QWidget* m_historyTab = nullptr;
    QWidget* m_rightsTab = nullptr;
    QByteArray m_photoBytes;
    bool m_accessLoaded = false;
};

} // namespace Officine::Ui
