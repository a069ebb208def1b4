#pragma once

#include "shellcontext.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Officine::Ui {

class PatientsPage;
class AdministrationPage;

/// One person's working area: the navigation and every page, with whatever they were typing.
/// Each signed-in staff member has their own; a locked or suspended workspace is taken out of
/// the window's widget tree entirely (not hidden behind an overlay).
class Workspace : public QWidget
{
    Q_OBJECT

public:
    enum class Section {
        Patients,
        Prescriptions,
        Catalogue,
        Dosettes,
        CareCircle,
        Traceability,
        Administration
    };
    static constexpr int sectionCount = 7;

    Workspace(const ShellContext& context, QWidget* parent = nullptr);

    Section currentSection() const;
    void showSection(Section section);
    PatientsPage* patientsPage() const { return m_patients; }
    AdministrationPage* administrationPage() const { return m_administration; }
    /// The Médicaments page; null when no catalogue service is wired (tests).
    class CataloguePage* cataloguePage() const { return m_catalogue; }
    class AuditView* auditView() const { return m_auditView; }
    void refresh();

    static QString sectionId(Section section);
    static QString sectionTitle(Section section);

Q_SIGNALS:
    void sectionChanged(Officine::Ui::Workspace::Section section);
    void newAccountRequested();
    void editAccountRequested(const QString& accountUuid);

private:
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    PatientsPage* m_patients;
    AdministrationPage* m_administration;
    class CataloguePage* m_catalogue = nullptr;
    QWidget* m_audit = nullptr;
    class AuditView* m_auditView = nullptr;
};

} // namespace Officine::Ui
