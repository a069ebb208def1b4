#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Officine::Storage {
class Store;
}

namespace Officine::Audit {

/// Writes every chain, anchor and checkpoint for an inspector, as JSON Lines
/// (docs/audit-format.md): a header line, then one object per anchor, entry and checkpoint.
/// Entries carry identifiers and field names only; tools/audit/verify-export.py checks the file
/// without Officine.
struct ExportSummary
{
    qint64 entries = 0;
    int checkpoints = 0;
};
Result<ExportSummary> exportChain(Storage::Store& store, QIODevice& out, const QDateTime& now);

} // namespace Officine::Audit
