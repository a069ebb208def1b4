#pragma once

#include "shellcontext.h"

#include <QMainWindow>
#include <array>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Officine::Ui {

class PatientsPage;
class AdministrationPage;

/// The application shell: navigation between the parts of Officine, a status bar (who is
/// signed in, the store, sync and backups), settings and About.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Patients, Prescriptions, Dosettes, CareCircle, Traceability, Administration };
    static constexpr int sectionCount = 6;

    explicit MainWindow(ShellContext context, QWidget* parent = nullptr);

    Section currentSection() const;
    QAction* sectionAction(Section section) const { return m_sectionActions[static_cast<size_t>(section)]; }
    static QString sectionId(Section section);
    static QString sectionTitle(Section section);
    PatientsPage* patientsPage() const { return m_patients; }

public Q_SLOTS:
    void showSection(Officine::Ui::MainWindow::Section section);
    void refreshStatus();
    void showSettings();
    void showAbout();
    void backupNow();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildStatusBar();
    void restoreWindowState();

    ShellContext m_context;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    PatientsPage* m_patients;
    AdministrationPage* m_administration;
    std::array<QAction*, sectionCount> m_sectionActions {};
    QAction* m_backupNow = nullptr;
    QLabel* m_staffStatus;
    QLabel* m_storeStatus;
    QLabel* m_syncStatus;
    QLabel* m_backupStatus;
};

} // namespace Officine::Ui
