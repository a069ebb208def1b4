#pragma once

#include "catalog/catalogrepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace Officine::Services {
class CatalogService;
}

namespace Officine::Ui {

/// Médicaments: the drug catalogue searched as the pharmacist types (name, substance, generic
/// group, CIP13, CIP7; arrows and Enter, Escape back to the field), the details of the
/// spécialité selected, the version in service with its date, and — for the titulaire — the
/// import of a BDPM download with its progress bar and a cancel button, run off the GUI thread.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    explicit CataloguePage(Services::CatalogService& catalogue, QWidget* parent = nullptr);

    /// Starts importing a folder or a zip (the buttons, or a test).
    bool importFrom(const QString& path);
    void refresh();

    QLineEdit* searchField() const { return m_search; }
    QTableWidget* results() const { return m_results; }
    QTextBrowser* details() const { return m_details; }
    QLabel* versionLabel() const { return m_version; }
    QLabel* statusLabel() const { return m_status; }
    /// The report of the version in service: each file (encoding, lines, kept, refused,
    /// repaired, codes unknown to CIS_bdpm.txt) and each refused line with its reason.
    QString reportText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void showDetails(int row);
    void chooseAndImport(bool zip);
    void showReport();

    Services::CatalogService& m_catalogue;
    QLabel* m_version;
    QPushButton* m_importFolder;
    QPushButton* m_importZip;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_report;
    QLabel* m_status;
    QLineEdit* m_search;
    QTableWidget* m_results;
    QTextBrowser* m_details;
    std::vector<Catalog::SearchHit> m_hits;
};

} // namespace Officine::Ui
