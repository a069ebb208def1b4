#include "secretfield.h"

#include <QLineEdit>

namespace Officine::Ui {

SecureBuffer readSecret(QLineEdit* field)
{
    QString typed = field->text();
    QByteArray utf8 = typed.toUtf8();
    wipe(typed);
    return SecureBuffer::fromAndWipe(utf8);
}

SecureBuffer takeSecret(QLineEdit* field)
{
    SecureBuffer secret = readSecret(field);
    field->clear();
    return secret;
}

} // namespace Officine::Ui
