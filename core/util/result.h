#pragma once

#include <QString>
#include <tl/expected.hpp>

namespace Officine {

/// What went wrong, as a stable code that callers and tests can switch on.
enum class ErrorCode {
    Internal,
    InvalidInput,
    NotFound,
    PermissionDenied,
    NotSignedIn,
    Conflict,
    /// A patient file with the same INS matricule exists.
    DuplicateIdentity,
    /// Files that may be the same person exist: the user must see them first.
    PossibleDuplicate,
    // Storage
    StoreWrongKey,
    StoreCorrupt,
    StoreIo,
    StoreTooNew,
    StoreMigrationFailed,
    StoreBusy,
    // Secrets
    KeychainUnavailable,
    KeychainTimeout,
    KeychainKeyMissing,
    KeychainDenied,
    // Backups
    BackupWrongPassphrase,
    BackupCorrupt,
    BackupTruncated,
    BackupNotABackup,
    BackupUnsupportedVersion,
    BackupIo,
    Cancelled,
    // Smart cards
    CardRemoved,
    CardReaderUnavailable,
    CardServiceUnavailable,
    CardTimeout,
    CardCommunication,
    CardNotRecognised,
    CardPinWrong,
    CardPinBlocked,
    CardRefused,
    // Teleservices (INSi, later FMD)
    /// The service did not answer (network, timeout, HTTP or SOAP server error): retry later.
    TeleserviceUnavailable,
    /// The service refused the caller (authentication, authorisation).
    TeleserviceRefused,
    /// The answer could not be read (not the documented messages).
    TeleserviceProtocol,
    /// Too many failed attempts: wait before trying again (detail = seconds to wait).
    RateLimited,
};

/// An error travels as a value. `userText` is translated and may be shown to the user; `logText`
/// is untranslated, for logs and developers. Neither may ever contain health data (patient names,
/// NIR, drugs, notes): describe the failure, not the record.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString userText;
    QString logText;
    /// A number that goes with some errors (PIN tries left for CardPinWrong), -1 otherwise.
    int detail = -1;

    Error() = default;
    Error(ErrorCode c, QString user, QString log = {})
        : code(c)
        , userText(std::move(user))
        , logText(log.isEmpty() ? userText : std::move(log))
    {
    }
};

template<class T = void>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, const QString& userText, const QString& logText = {})
{
    return tl::unexpected<Error>(Error(code, userText, logText));
}

inline tl::unexpected<Error> fail(Error e)
{
    return tl::unexpected<Error>(std::move(e));
}

} // namespace Officine
