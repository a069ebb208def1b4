#pragma once

#include <QString>
#include <QStringList>

namespace Officine::Ui::Translations {

/// Languages the interface ships in; French is the source and the default.
QStringList available();
/// Installs Officine's translation and Qt's own (standard buttons, dialogs) for `language`.
/// Returns false if Officine's catalogue could not be loaded.
bool install(const QString& language);

} // namespace Officine::Ui::Translations
