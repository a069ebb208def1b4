<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BackupFile</name>
    <message>
        <source>Lecture de l&apos;instantané de la base impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur interne de chiffrement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire la sauvegarde dans le dossier choisi (droits, disque plein ou support absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;écriture de la sauvegarde a échoué (disque plein ou support retiré ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde ne peut pas être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une sauvegarde Officine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde est tronquée (copie interrompue ?) : elle ne peut pas être restaurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette sauvegarde a un format plus récent que cette version d&apos;Officine : mettez Officine à jour pour la restaurer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde est endommagée ou a été modifiée : son contrôle d&apos;authenticité échoue. Elle n&apos;a pas été restaurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte pour cette sauvegarde (ou en-tête de la sauvegarde altéré).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier temporaire de restauration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Le dossier de sauvegarde est inaccessible (lecteur réseau ou support amovible déconnecté ?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>La phrase de passe des sauvegardes doit comporter au moins 12 caractères et mélanger au moins trois types parmi minuscules, majuscules, chiffres et caractères spéciaux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base actuelle n&apos;a pas pu être mise de côté : restauration annulée, rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base restaurée n&apos;a pas pu être mise en place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandExecutor</name>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est connecté : insérez votre carte CPS ou CPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas cette action (droit requis : %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseKey</name>
    <message>
        <source>La clé de la base enregistrée dans le trousseau est invalide. Restaurez la dernière sauvegarde avec sa phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de l&apos;officine existe mais sa clé est absente du trousseau du système (trousseau verrouillé, ou session d&apos;un autre utilisateur). Déverrouillez le trousseau puis relancez Officine ; sinon restaurez la dernière sauvegarde avec sa phrase de passe (officine-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;a pas conservé la clé de la base : la base n&apos;a pas été créée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPharmacy</name>
    <message>
        <source>Claire Démo, titulaire (démonstration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>L&apos;accès au trousseau du système a été refusé : la base chiffrée ne peut pas être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau du système (Secret Service) est indisponible ou verrouillé : ouvrez une session de bureau avec son trousseau déverrouillé. La base chiffrée n&apos;est pas ouverte et aucune donnée n&apos;est écrite en clair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau du système ne répond pas (délai de %1 s dépassé) : il est peut-être verrouillé ou son service est arrêté. La base chiffrée n&apos;est pas ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>Le NIR doit comporter 15 caractères : 13 chiffres puis la clé de 2 chiffres (%1 saisis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le NIR ne doit contenir que des chiffres (le département peut être 2A ou 2B pour la Corse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le premier chiffre du NIR (sexe) doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois de naissance du NIR (positions 4 et 5) n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le département de naissance du NIR n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé du NIR ne correspond pas aux 13 premiers caractères : vérifiez la saisie sur la carte Vitale ou l&apos;attestation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine</name>
    <message>
        <source>Poste de travail pour les pharmacies d&apos;officine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la pharmacie de démonstration (données fictives, base séparée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une capture de la fenêtre puis quitter (documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partie à afficher au démarrage (1 à 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de l&apos;officine ne peut pas être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune phrase de passe de sauvegarde n&apos;est définie : le titulaire doit la saisir dans les paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AboutDialog</name>
    <message>
        <source>À propos d&apos;Officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Officine %1&lt;/h2&gt;&lt;p&gt;Poste de travail pour les pharmacies d&apos;officine : dossiers patients, ordonnances, préparation des piluliers, cercle de soins et traçabilité.&lt;/p&gt;&lt;p&gt;Les données sont chiffrées sur ce poste (SQLCipher, AES-256) avec une clé gardée dans le trousseau du système.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Base :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Données :&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pharmacie de démonstration :&lt;/b&gt; toutes les personnes et données affichées sont fictives.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AdministrationPage</name>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramètres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données de l&apos;officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Emplacement :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Chiffrement :&lt;/b&gt; SQLCipher, AES-256 avec un code d&apos;authentification (HMAC) par page ; clé de 256 bits rangée dans le trousseau du système.&lt;br&gt;&lt;b&gt;Schéma :&lt;/b&gt; version %2&lt;br&gt;&lt;b&gt;Identifiant du poste :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Moteur :&lt;/b&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Non configurée.&lt;/b&gt; Choisissez un dossier sur un disque réseau (NAS) ou un support amovible dans les paramètres : gardez trois copies sur deux supports, dont une hors ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Conservation :&lt;/b&gt; les %2 dernières&lt;br&gt;&lt;b&gt;Heure :&lt;/b&gt; à partir de %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dernière sauvegarde réussie :&lt;/b&gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Aucune sauvegarde réussie à ce jour.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Échec le %1 :&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune phrase de passe de sauvegarde dans le trousseau : définissez-la dans les paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::MainWindow</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordonnances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation des piluliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cercle de soins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traçabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officine — Pharmacie de démonstration (données fictives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie des ordonnances avec posologie structurée (matin, midi, soir, coucher ; jours de la semaine ; durée), renouvellements et enregistrement des dispensations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation des doses à administrer semaine par semaine, traçabilité de chaque boîte par son code DataMatrix (code produit, lot, péremption, numéro de série) et double contrôle par un pharmacien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès en lecture ou en écriture accordés aux aidants, infirmiers, au patient et aux autres professionnels, avec vérification d&apos;identité, échéance et révocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal infalsifiable de chaque consultation et modification des données de santé, consultable et exportable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacie de démonstration : toutes les personnes et données affichées sont fictives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher un patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;Officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune session : insérez votre carte CPS ou CPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base chiffrée ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher AES-256, schéma %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) en attente</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation non configurée — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne non configurée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde : %1 (en retard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de la sauvegarde du %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientTableModel</name>
    <message>
        <source>né %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>née %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher : début du nom, puis du prénom (ex. « dup je »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité et coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) dans l&apos;officine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n affiché(s) ; tapez un nom pour chercher.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n résultats : précisez la recherche.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sélectionnez un patient dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PlaceholderPage</name>
    <message>
        <source>Cette partie d&apos;Officine arrive dans une prochaine version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officine::Ui::SettingsDialog</name>
    <message>
        <source>Paramètres de l&apos;officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disque réseau (NAS) ou support amovible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laisser vide pour garder l&apos;actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une phrase de passe est enregistrée dans le trousseau du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune phrase de passe : la sauvegarde quotidienne ne peut pas fonctionner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue (au prochain démarrage) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conserver :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À partir de :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La phrase de passe protège les sauvegardes hors du poste ; elle seule permet de restaurer sur un nouveau poste après la perte de celui-ci. Notez-la et gardez-la en lieu sûr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur Officine (hébergeur HDS) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul le titulaire peut modifier ces paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier de sauvegarde n&apos;existe pas ou n&apos;est pas accessible en écriture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur doit commencer par https:// (les données de santé ne circulent que chiffrées).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>(né %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(née %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDirectory</name>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est connecté : insérez votre carte CPS ou CPE pour consulter les dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers patients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche patient introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientValidation</name>
    <message>
        <source>Le champ « %1 » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de naissance est antérieure à 1880 : vérifiez la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sexe indiqué ne correspond pas au premier chiffre du NIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année de naissance ne correspond pas aux chiffres 2 et 3 du NIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse électronique n&apos;est pas valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code postal doit comporter 5 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>consulter les dossiers patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier les dossiers patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gérer les comptes de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier les paramètres de l&apos;officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sauvegarder et restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consulter la traçabilité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>La base de données ne peut pas être déchiffrée : la clé ne correspond pas, ou le fichier n&apos;est pas une base Officine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est endommagée : une page a été altérée et son contrôle d&apos;intégrité échoue. Restaurez la dernière sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est occupée par un autre programme. Réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture ou écriture impossible sur le disque de la base de données (disque plein, droits ou support défaillant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;enregistrement entre en conflit avec une donnée existante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur interne de la base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de base de données invalide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune base Officine n&apos;existe à cet emplacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le moteur de chiffrement SQLCipher n&apos;est pas disponible : la base ne sera pas ouverte en clair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Le contrôle d&apos;intégrité a trouvé %n anomalie(s) dans la base de données. Restaurez la dernière sauvegarde.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente d&apos;Officine (schéma %1, cette version connaît le schéma %2). Mettez Officine à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La mise à jour de la base vers la version %1 a échoué ; la base est restée à la version %2 et reste utilisable avec la version précédente d&apos;Officine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Aucune base n&apos;existe encore pour cette officine (%1). Créez-la avec « officine-cli init » ou restaurez une sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier des données ne peut pas être créé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>officine_cli</name>
    <message>
        <source>Erreur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune phrase de passe n&apos;a été saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmez la phrase de passe : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée la base chiffrée de l&apos;officine et range sa clé dans le trousseau du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une base existe déjà : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base chiffrée créée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de 256 bits rangée dans le trousseau du système (service « officine », entrée « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensez à faire une sauvegarde avec une phrase de passe (officine-cli backup) : sans elle, la perte de ce poste et de son trousseau rendrait les données irrécupérables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit une sauvegarde chiffrée et cohérente de la base, protégée par une phrase de passe (scrypt + AES-256-GCM). L&apos;application peut rester ouverte pendant la sauvegarde. La phrase de passe est lue sur le terminal, ou sur l&apos;entrée standard si ce n&apos;est pas un terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde à écrire (.obak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de sauvegarde. Voir officine-cli backup --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 existe déjà : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune base à sauvegarder : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe de la sauvegarde : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde écrite : %1 (%2 octets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservez la phrase de passe à part : elle seule permet de restaurer sur un autre poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaure une sauvegarde à la place de la base de ce poste. La sauvegarde est entièrement vérifiée (authenticité, phrase de passe, chaque page) avant de toucher à quoi que ce soit ; la base actuelle est conservée à côté (suffixe .avant-restauration-…). Fermez Officine avant de restaurer. Fonctionne sur un poste neuf au trousseau vide : la phrase de passe suffit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde à restaurer (.obak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de sauvegarde. Voir officine-cli restore --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sauvegarde du %1 restaurée : %n patient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>L&apos;ancienne base est conservée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifie l&apos;intégrité de la base : chaque page est relue et son code d&apos;authentification (HMAC) contrôlé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base intègre : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schéma : version %1 ; poste : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) patient, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) en attente de synchronisation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outil d&apos;administration d&apos;Officine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init     crée la base chiffrée de l&apos;officine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  backup   écrit une sauvegarde chiffrée par phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  restore  restaure une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  check    vérifie l&apos;intégrité de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« officine-cli COMMANDE --help » détaille chaque commande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travailler sur la pharmacie de démonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des données (par défaut ~/.local/share/officine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, backup, restore ou check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande inconnue : %1. Voir officine-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
