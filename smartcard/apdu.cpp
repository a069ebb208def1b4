#include "apdu.h"

namespace Officine::SmartCard {

QByteArray CommandApdu::encode() const
{
    QByteArray out;
    out.append(static_cast<char>(cla))
        .append(static_cast<char>(ins))
        .append(static_cast<char>(p1))
        .append(static_cast<char>(p2));
    const bool extended = data.size() > 255 || le > 256;
    if (!extended) {
        if (!data.isEmpty()) {
            out.append(static_cast<char>(data.size()));
            out.append(data);
        }
        if (le >= 0) {
            out.append(static_cast<char>(le == 256 ? 0 : le));
        }
        return out;
    }
    if (!data.isEmpty()) {
        out.append('\0')
            .append(static_cast<char>(data.size() >> 8))
            .append(static_cast<char>(data.size() & 0xff));
        out.append(data);
        if (le >= 0) {
            const int l = le == 65536 ? 0 : le;
            out.append(static_cast<char>(l >> 8)).append(static_cast<char>(l & 0xff));
        }
    } else if (le >= 0) {
        const int l = le == 65536 ? 0 : le;
        out.append('\0').append(static_cast<char>(l >> 8)).append(static_cast<char>(l & 0xff));
    }
    return out;
}

bool CommandApdu::decode(const QByteArray& b, CommandApdu& out)
{
    if (b.size() < 4) {
        return false;
    }
    const auto u = [&b](qsizetype i) { return static_cast<std::uint8_t>(b.at(i)); };
    out = CommandApdu {u(0), u(1), u(2), u(3), {}, -1};
    const qsizetype n = b.size() - 4;
    if (n == 0) {
        return true; // case 1
    }
    if (n == 1) {
        out.le = u(4) == 0 ? 256 : u(4); // case 2 short
        return true;
    }
    if (u(4) != 0) { // short Lc
        const int lc = u(4);
        if (n == 1 + lc) {
            out.data = b.mid(5, lc); // case 3 short
            return true;
        }
        if (n == 2 + lc) {
            out.data = b.mid(5, lc); // case 4 short
            out.le = u(5 + lc) == 0 ? 256 : u(5 + lc);
            return true;
        }
        return false;
    }
    // extended
    if (n == 3) {
        const int l = (u(5) << 8) | u(6);
        out.le = l == 0 ? 65536 : l;
        return true;
    }
    if (n < 3) {
        return false;
    }
    const int lc = (u(5) << 8) | u(6);
    if (lc == 0 || n < 3 + lc) {
        return false;
    }
    out.data = b.mid(7, lc);
    if (n == 3 + lc) {
        return true;
    }
    if (n == 5 + lc) {
        const int l = (u(7 + lc) << 8) | u(8 + lc);
        out.le = l == 0 ? 65536 : l;
        return true;
    }
    return false;
}

ResponseApdu ResponseApdu::fromBytes(const QByteArray& bytes)
{
    ResponseApdu r;
    if (bytes.size() < 2) {
        r.sw = 0x6F00;
        return r;
    }
    r.data = bytes.left(bytes.size() - 2);
    r.sw = static_cast<std::uint16_t>((static_cast<std::uint8_t>(bytes.at(bytes.size() - 2)) << 8)
                                      | static_cast<std::uint8_t>(bytes.at(bytes.size() - 1)));
    return r;
}

QByteArray ResponseApdu::toBytes() const
{
    QByteArray out = data;
    out.append(static_cast<char>(sw >> 8)).append(static_cast<char>(sw & 0xff));
    return out;
}

QString StatusWord::message(std::uint16_t sw)
{
    const int tries = triesLeft(sw);
    if (tries >= 0) {
        return tries == 0
            ? tr("Code porteur incorrect : la carte est maintenant bloquée.")
            : tr("Code porteur incorrect : %n essai(s) restant(s) avant le blocage de la carte.", nullptr,
                 tries);
    }
    switch (sw) {
    case Ok:
        return tr("Opération réussie.");
    case PinBlocked:
        return tr("La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de "
                  "déblocage à 8 chiffres reçu avec la carte.");
    case SecurityNotSatisfied:
        return tr("La carte refuse l'opération : le code porteur n'a pas été vérifié.");
    case ConditionsNotSatisfied:
        return tr("La carte refuse l'opération dans son état actuel.");
    case FileNotFound:
        return tr("La carte ne contient pas l'application ou le fichier attendu : ce n'est pas une carte CPS "
                  "ou CPE reconnue.");
    case WrongData:
        return tr("La carte a rejeté les données envoyées.");
    case WrongLength:
        return tr("La carte a rejeté la longueur de la commande.");
    case InsNotSupported:
    case ClaNotSupported:
        return tr("La carte ne connaît pas cette commande : ce n'est pas une carte CPS ou CPE reconnue.");
    case WrongP1P2:
        return tr("La carte a rejeté les paramètres de la commande.");
    default:
        break;
    }
    if ((sw >> 8) == 0x62 || (sw >> 8) == 0x63) {
        return tr("La carte signale un avertissement (%1).").arg(hex(sw));
    }
    if ((sw >> 8) == 0x65) {
        return tr("Erreur de mémoire de la carte (%1) : la carte est peut-être défectueuse.").arg(hex(sw));
    }
    return tr("La carte a répondu par une erreur (%1).").arg(hex(sw));
}

} // namespace Officine::SmartCard
