#pragma once

#include "storage/patientrepository.h"

#include <QDialog>
#include <vector>

class QTableWidget;

namespace Officine::Ui {

/// The files that may be the same person (core's duplicate candidates), shown before a file is
/// created or when a pharmacist looks for a file's duplicates: open one, create anyway (a
/// homonym), or merge one into the open file.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Creation, ExistingFile };
    enum Answer { OpenSelected = 10, CreateAnyway = 11, MergeSelected = 12 };

    DuplicatesDialog(const std::vector<Storage::DuplicateCandidate>& candidates, Mode mode,
                     const QDate& today, QWidget* parent = nullptr);
    QString selectedUuid() const;
    QTableWidget* table() const { return m_table; }
    static QString reasonLabel(Storage::DuplicateCandidate::Reason reason);

private:
    std::vector<Storage::DuplicateCandidate> m_candidates;
    QTableWidget* m_table;
};

} // namespace Officine::Ui
