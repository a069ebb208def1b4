#pragma once

#include "util/securebuffer.h"

class QLineEdit;

namespace Officine::Ui {

/// Takes a secret (PIN, password, passphrase) out of a password field: its text is encoded as
/// UTF-8 into locked memory, the field is cleared and the intermediate QString and QByteArray
/// are wiped. The one way the UI hands a typed secret to core.
SecureBuffer takeSecret(QLineEdit* field);
/// The same, leaving the field as typed (a refused password can be corrected, not retyped).
SecureBuffer readSecret(QLineEdit* field);

} // namespace Officine::Ui
