#pragma once

#include "model/patient.h"
#include "services/auditlog.h"
#include "storage/patienthistory.h"

#include <QCoreApplication>
#include <vector>

namespace Officine::Export {

/// The copy of everything the pharmacy holds on a patient (RGPD art. 15, right of access), as
/// HTML the screen prints to PDF: identity and what raised its status, contact, clinical data,
/// the rectification history, the rights requests and the access history. One patient only.
class AccessReport
{
    Q_DECLARE_TR_FUNCTIONS(AccessReport)

public:
    struct Input
    {
        Model::Patient patient;
        std::vector<Storage::HistoryEntry> history;
        std::vector<Storage::RightsEvent> rights;
        std::vector<Services::AuditRow> accesses;
        QString pharmacy; ///< name or FINESS, as the pharmacy signs its letters
        QString preparedBy;
        QDateTime now;
    };
    static QString html(const Input& input);
};

} // namespace Officine::Export
