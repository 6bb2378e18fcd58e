<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
    <context>
        <name>BasketPanel</name>
        <message>
            <source>Panier de lecture</source>
            <translation>Reading basket</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Vider</source>
            <translation>Empty</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Ajouté au panier.</source>
            <translation>Added to the basket.</translation>
        </message>
        <message>
            <source>Déjà dans le panier.</source>
            <translation>Already in the basket.</translation>
        </message>
        <message>
            <source>Liste de lecture</source>
            <translation>Reading list</translation>
        </message>
        <message>
            <source>Exporter le panier</source>
            <translation>Export the basket</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;HTML page (*.html);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Panier exporté : %1</source>
            <translation>Basket exported: %1</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF saved: %1</translation>
        </message>
        <message>
            <source>Imprimer le panier</source>
            <translation>Print the basket</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Comparer deux cas</source>
            <translation>Compare two cases</translation>
        </message>
        <message>
            <source>Premier cas</source>
            <translation>First case</translation>
        </message>
        <message>
            <source>Second cas</source>
            <translation>Second case</translation>
        </message>
        <message>
            <source>Comparer</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Il faut au moins deux études de cas.</source>
            <translation>At least two case studies are needed.</translation>
        </message>
    </context>
    <context>
        <name>ConceptEditor</name>
        <message>
            <source>Modifier le concept</source>
            <translation>Edit concept</translation>
        </message>
        <message>
            <source>Nouveau concept</source>
            <translation>New concept</translation>
        </message>
        <message>
            <source>Libellé français *</source>
            <translation>French label *</translation>
        </message>
        <message>
            <source>Libellé anglais</source>
            <translation>English label</translation>
        </message>
        <message>
            <source>Définition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Concepts plus larges</source>
            <translation>Broader concepts</translation>
        </message>
        <message>
            <source>Note d'application</source>
            <translation>Scope note</translation>
        </message>
        <message>
            <source>Autres termes (un par ligne)</source>
            <translation>Other terms (one per line)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Le libellé français est obligatoire.</source>
            <translation>The French label is required.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPage</name>
        <message>
            <source>Fiche du concept</source>
            <translation>Concept page</translation>
        </message>
        <message>
            <source>Graphe des concepts voisins</source>
            <translation>Graph of neighbouring concepts</translation>
        </message>
        <message>
            <source>Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.</source>
            <translation>Tab to move from one concept to the next, Enter to open it.</translation>
        </message>
        <message>
            <source>Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, sur les côtés (tirets) les concepts associés. Cliquez pour y aller.</source>
            <translation>Neighbourhood: broader concepts above, narrower below, related concepts (dashed) on the sides. Click to go there.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPicker</name>
        <message>
            <source>Ajouter un concept (les accents sont facultatifs)</source>
            <translation>Add a concept (accents optional)</translation>
        </message>
        <message>
            <source>Ajouter un concept</source>
            <translation>Add a concept</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Concepts de la fiche</source>
            <translation>Concepts of the fiche</translation>
        </message>
    </context>
    <context>
        <name>ConceptTreeModel</name>
        <message>
            <source>%1 fiches (%2 avec les concepts plus précis)</source>
            <translation>%1 fiches (%2 including narrower concepts)</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
    </context>
    <context>
        <name>DelayedProgress</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Veuillez patienter</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Annulation…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Pas de champ particulier pour ce type de fiche.</source>
            <translation>No particular field for this kind of fiche.</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>création de « %1 »</source>
            <translation>creation of “%1”</translation>
        </message>
        <message>
            <source>Fiche créée.</source>
            <translation>Fiche created.</translation>
        </message>
        <message>
            <source>modification de « %1 »</source>
            <translation>change of “%1”</translation>
        </message>
        <message>
            <source>Fiche enregistrée.</source>
            <translation>Fiche saved.</translation>
        </message>
        <message>
            <source>Mettre à la corbeille</source>
            <translation>Move to the trash</translation>
        </message>
        <message>
            <source>Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.</source>
            <translation>Move “%1” to the trash? You can restore it.</translation>
        </message>
        <message>
            <source>suppression de « %1 »</source>
            <translation>deletion of “%1”</translation>
        </message>
        <message>
            <source>« %1 » est dans la corbeille.</source>
            <translation>“%1” is in the trash.</translation>
        </message>
        <message>
            <source>restauration de « %1 »</source>
            <translation>restoration of “%1”</translation>
        </message>
        <message>
            <source>« %1 » est restaurée.</source>
            <translation>“%1” is restored.</translation>
        </message>
        <message>
            <source>Concept créé.</source>
            <translation>Concept created.</translation>
        </message>
        <message>
            <source>modification du concept « %1 »</source>
            <translation>change of the concept “%1”</translation>
        </message>
        <message>
            <source>Concept enregistré.</source>
            <translation>Concept saved.</translation>
        </message>
        <message>
            <source>Annulé : %1</source>
            <translation>Undone: %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>aucune fiche « %1 »</source>
            <extracomment>(core message pattern, French wording (the source of translations), values of %1, %2…)</extracomment>
            <translation>no fiche “%1”</translation>
        </message>
        <message>
            <source>aucun concept « %1 »</source>
            <translation>no concept “%1”</translation>
        </message>
        <message>
            <source>la fiche ne peut pas être enregistrée</source>
            <translation>the fiche cannot be saved</translation>
        </message>
        <message>
            <source>concept inconnu (ou ambigu) : « %1 »</source>
            <translation>unknown (or ambiguous) concept: “%1”</translation>
        </message>
        <message>
            <source>lien vers une fiche inconnue : « %1 »</source>
            <translation>link to an unknown fiche: “%1”</translation>
        </message>
        <message>
            <source>une fiche ne peut pas se lier à elle-même</source>
            <translation>a fiche cannot link to itself</translation>
        </message>
        <message>
            <source>l'identifiant « %1 » est déjà utilisé</source>
            <translation>the identifier “%1” is already used</translation>
        </message>
        <message>
            <source>un dossier ne peut pas changer de type</source>
            <translation>a dossier cannot change kind</translation>
        </message>
        <message>
            <source>le libellé « %1 » est déjà utilisé par « %2 »</source>
            <translation>the label “%1” is already used by “%2”</translation>
        </message>
        <message>
            <source>un concept doit avoir un libellé en français</source>
            <translation>a concept needs a French label</translation>
        </message>
        <message>
            <source>le champ « %1 » est obligatoire</source>
            <translation>the field “%1” is required</translation>
        </message>
        <message>
            <source>le champ « %1 » ne doit pas être vide</source>
            <translation>the field “%1” must not be empty</translation>
        </message>
        <message>
            <source>le champ « %1 » n'a pas la forme attendue : « %2 »</source>
            <translation>the field “%1” does not have the expected form: “%2”</translation>
        </message>
        <message>
            <source>le champ « %1 » a une valeur non prévue</source>
            <translation>the field “%1” has an unexpected value</translation>
        </message>
        <message>
            <source>le champ « %1 » n'a pas le type attendu</source>
            <translation>the field “%1” does not have the expected type</translation>
        </message>
        <message>
            <source>le champ « %1 » est trop long</source>
            <translation>the field “%1” is too long</translation>
        </message>
        <message>
            <source>« %1 » n'est pas dans la corbeille</source>
            <translation>“%1” is not in the trash</translation>
        </message>
        <message>
            <source>« %1 » n'est pas dans le panier</source>
            <translation>“%1” is not in the basket</translation>
        </message>
        <message>
            <source>L'opération a été annulée ; rien n'a été modifié.</source>
            <translation>The operation was cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>Le fichier n'a pas pu être lu ou écrit : %1.</source>
            <translation>The file could not be read or written: %1.</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite (%1) ; le détail est dans le journal.</source>
            <translation>An unexpected error occurred (%1); the details are in the log.</translation>
        </message>
        <message>
            <source>kb_app</source>
            <translation>kb_app</translation>
        </message>
        <message>
            <source>Message d'erreur</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>FacetsModel</name>
        <message>
            <source>Type de fiche</source>
            <translation>Kind of fiche</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Retirer ce filtre</source>
            <translation>Remove this filter</translation>
        </message>
        <message>
            <source>Filtrer sur</source>
            <translation>Filter on</translation>
        </message>
        <message>
            <source>Filtre</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
    </context>
    <context>
        <name>FacetsPanel</name>
        <message>
            <source>Filtres des résultats</source>
            <translation>Result filters</translation>
        </message>
        <message>
            <source>Depuis l'année</source>
            <translation>From year</translation>
        </message>
        <message>
            <source>Jusqu'à l'année</source>
            <translation>Up to year</translation>
        </message>
        <message>
            <source>Effacer les filtres</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Années :</source>
            <translation>Years:</translation>
        </message>
        <message>
            <source>à</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Années des résultats : %1–%2</source>
            <translation>Years of the results: %1–%2</translation>
        </message>
    </context>
    <context>
        <name>FicheEditor</name>
        <message>
            <source>Modifier la fiche</source>
            <translation>Edit fiche</translation>
        </message>
        <message>
            <source>Nouvelle fiche</source>
            <translation>New fiche</translation>
        </message>
        <message>
            <source>tiré du titre si vide</source>
            <translation>taken from the title when empty</translation>
        </message>
        <message>
            <source>AAAA, AAAA-MM ou AAAA-MM-JJ</source>
            <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Texte (Markdown)</source>
            <translation>Text (Markdown)</translation>
        </message>
        <message>
            <source>Personnes et organisations</source>
            <translation>People and organisations</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches</source>
            <translation>Links to other fiches</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés, un par ligne</source>
            <translation>Unverified facts, one per line</translation>
        </message>
        <message>
            <source>Général</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Détails</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Personnes et liens</source>
            <translation>People and links</translation>
        </message>
        <message>
            <source>Problèmes à corriger</source>
            <translation>Problems to fix</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Type de fiche</source>
            <translation>Kind of fiche</translation>
        </message>
        <message>
            <source>Identifiant</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <source>Titre *</source>
            <translation>Title *</translation>
        </message>
        <message>
            <source>Sous-titre</source>
            <translation>Subtitle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Résumé</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Concepts</source>
            <translation>Concepts</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches (identifiant de la fiche)</source>
            <translation>Links to other fiches (fiche identifier)</translation>
        </message>
        <message>
            <source>Faits non vérifiés (un par ligne)</source>
            <translation>Unverified facts (one per line)</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Fiche liée</source>
            <translation>Linked fiche</translation>
        </message>
        <message>
            <source>Lien</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Adresse web</source>
            <translation>Web address</translation>
        </message>
        <message>
            <source>Le titre est obligatoire.</source>
            <translation>The title is required.</translation>
        </message>
    </context>
    <context>
        <name>FichePage</name>
        <message>
            <source>Fiches liées</source>
            <translation>Linked fiches</translation>
        </message>
        <message>
            <source>Cité dans</source>
            <translation>Cited in</translation>
        </message>
        <message>
            <source>Dans les dossiers</source>
            <translation>In dossiers</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés</source>
            <translation>Unverified facts</translation>
        </message>
        <message>
            <source>Dossier « %1 » : %2 sur %3</source>
            <translation>Dossier “%1”: %2 of %3</translation>
        </message>
        <message>
            <source>précédent</source>
            <translation>previous</translation>
        </message>
        <message>
            <source>suivant</source>
            <translation>next</translation>
        </message>
        <message>
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <source>depuis %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>période</source>
            <translation>period</translation>
        </message>
        <message>
            <source>Concepts :</source>
            <translation>Concepts:</translation>
        </message>
        <message>
            <source>Personnes et organisations impliquées</source>
            <translation>People and organisations involved</translation>
        </message>
        <message>
            <source>Parcours de lecture</source>
            <translation>Reading path</translation>
        </message>
        <message>
            <source>Commencer la lecture du dossier</source>
            <translation>Start reading the dossier</translation>
        </message>
        <message>
            <source>Parcours de lecture : %1 fiches, à lire dans cet ordre.</source>
            <translation>Reading path: %1 fiches, to read in this order.</translation>
        </message>
        <message>
            <source>lire dans ce dossier</source>
            <translation>read in this dossier</translation>
        </message>
        <message>
            <source>comparer avec un autre cas</source>
            <translation>compare with another case</translation>
        </message>
        <message>
            <source>Identifiant : %1 · modifiée le %2</source>
            <translation>Identifier: %1 · changed on %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Concept : </source>
            <translation>Concept: </translation>
        </message>
        <message>
            <source>Consulté le %1</source>
            <translation>Visited on %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Historique des consultations</source>
            <translation>History of visits</translation>
        </message>
        <message>
            <source>Effacer l'historique</source>
            <translation>Clear history</translation>
        </message>
        <message>
            <source>Effacer tout l'historique des consultations ?</source>
            <translation>Clear the whole history of visits?</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Référence</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Analyse</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Étude de cas</source>
            <translation>Case study</translation>
        </message>
        <message>
            <source>Ressource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Références</source>
            <translation>References</translation>
        </message>
        <message>
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Études de cas</source>
            <translation>Case studies</translation>
        </message>
        <message>
            <source>Ressources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>livre</source>
            <translation>book</translation>
        </message>
        <message>
            <source>article</source>
            <translation>article</translation>
        </message>
        <message>
            <source>rapport</source>
            <translation>report</translation>
        </message>
        <message>
            <source>discours</source>
            <translation>speech</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>chapitre</source>
            <translation>chapter</translation>
        </message>
        <message>
            <source>page web</source>
            <translation>web page</translation>
        </message>
        <message>
            <source>thèse</source>
            <translation>thesis</translation>
        </message>
        <message>
            <source>autre</source>
            <translation>other</translation>
        </message>
        <message>
            <source>auteur</source>
            <translation>author</translation>
        </message>
        <message>
            <source>direction d'ouvrage</source>
            <translation>editor</translation>
        </message>
        <message>
            <source>éditeur</source>
            <translation>publisher</translation>
        </message>
        <message>
            <source>traduction</source>
            <translation>translator</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>contributor</translation>
        </message>
        <message>
            <source>acteur</source>
            <translation>actor</translation>
        </message>
        <message>
            <source>organisateur</source>
            <translation>organiser</translation>
        </message>
        <message>
            <source>financeur</source>
            <translation>funder</translation>
        </message>
        <message>
            <source>rapporteur</source>
            <translation>rapporteur</translation>
        </message>
        <message>
            <source>personne</source>
            <translation>person</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>locale</source>
            <translation>local</translation>
        </message>
        <message>
            <source>municipale</source>
            <translation>municipal</translation>
        </message>
        <message>
            <source>métropolitaine</source>
            <translation>metropolitan</translation>
        </message>
        <message>
            <source>régionale</source>
            <translation>regional</translation>
        </message>
        <message>
            <source>nationale</source>
            <translation>national</translation>
        </message>
        <message>
            <source>européenne</source>
            <translation>European</translation>
        </message>
        <message>
            <source>internationale</source>
            <translation>international</translation>
        </message>
        <message>
            <source>réseau</source>
            <translation>network</translation>
        </message>
        <message>
            <source>fondation</source>
            <translation>foundation</translation>
        </message>
        <message>
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <source>institut</source>
            <translation>institute</translation>
        </message>
        <message>
            <source>organisme public</source>
            <translation>public body</translation>
        </message>
        <message>
            <source>site web</source>
            <translation>website</translation>
        </message>
        <message>
            <source>cite</source>
            <translation>cites</translation>
        </message>
        <message>
            <source>analyse</source>
            <translation>analyses</translation>
        </message>
        <message>
            <source>illustre</source>
            <translation>illustrates</translation>
        </message>
        <message>
            <source>en rapport avec</source>
            <translation>related to</translation>
        </message>
        <message>
            <source>cité par</source>
            <translation>cited by</translation>
        </message>
        <message>
            <source>analysé par</source>
            <translation>analysed by</translation>
        </message>
        <message>
            <source>illustré par</source>
            <translation>illustrated by</translation>
        </message>
        <message>
            <source>identifiant</source>
            <translation>identifier</translation>
        </message>
        <message>
            <source>type de fiche</source>
            <translation>kind of fiche</translation>
        </message>
        <message>
            <source>titre</source>
            <translation>title</translation>
        </message>
        <message>
            <source>sous-titre</source>
            <translation>subtitle</translation>
        </message>
        <message>
            <source>langue</source>
            <translation>language</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>résumé</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>concepts</source>
            <translation>concepts</translation>
        </message>
        <message>
            <source>personnes et organisations</source>
            <translation>people and organisations</translation>
        </message>
        <message>
            <source>liens</source>
            <translation>links</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>sources</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>lieu</source>
            <translation>place</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>pages</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>series</translation>
        </message>
        <message>
            <source>publié dans</source>
            <translation>published in</translation>
        </message>
        <message>
            <source>événement</source>
            <translation>event</translation>
        </message>
        <message>
            <source>adresse web</source>
            <translation>web address</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>note sur la date</source>
            <translation>note on the date</translation>
        </message>
        <message>
            <source>pays</source>
            <translation>country</translation>
        </message>
        <message>
            <source>échelle</source>
            <translation>scale</translation>
        </message>
        <message>
            <source>début</source>
            <translation>start</translation>
        </message>
        <message>
            <source>fin</source>
            <translation>end</translation>
        </message>
        <message>
            <source>note sur la période</source>
            <translation>note on the period</translation>
        </message>
        <message>
            <source>résultats</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>type d'organisation</source>
            <translation>organisation type</translation>
        </message>
        <message>
            <source>sigle</source>
            <translation>acronym</translation>
        </message>
        <message>
            <source>année de fondation</source>
            <translation>year founded</translation>
        </message>
        <message>
            <source>siège</source>
            <translation>seat</translation>
        </message>
        <message>
            <source>organisme</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>séance</source>
            <translation>session</translation>
        </message>
        <message>
            <source>nom</source>
            <translation>name</translation>
        </message>
        <message>
            <source>rôle</source>
            <translation>role</translation>
        </message>
        <message>
            <source>fiche liée</source>
            <translation>linked fiche</translation>
        </message>
        <message>
            <source>libellé</source>
            <translation>label</translation>
        </message>
    </context>
    <context>
        <name>LibraryHost</name>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <extracomment>Opening an existing library takes about half a second (importing the core): the window already says « Ouverture… », so the dialog is kept for long work (creating and seeding).</extracomment>
            <translation>Opening the library…</translation>
        </message>
        <message>
            <source>Aucune bibliothèque n'est ouverte.</source>
            <translation>No library is open.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ouvrir une bibliothèque…</source>
            <extracomment>name, text (translated at build time), slot of the window, shortcut(s), icon</extracomment>
            <translation>Open a library…</translation>
        </message>
        <message>
            <source>Exporter le panier…</source>
            <translation>Export the basket…</translation>
        </message>
        <message>
            <source>Imprimer le panier…</source>
            <translation>Print the basket…</translation>
        </message>
        <message>
            <source>Sauvegarder la bibliothèque</source>
            <translation>Back up the library</translation>
        </message>
        <message>
            <source>Vérifier la bibliothèque</source>
            <translation>Check the library</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Nouvelle fiche…</source>
            <translation>New fiche…</translation>
        </message>
        <message>
            <source>Modifier la fiche…</source>
            <translation>Edit fiche…</translation>
        </message>
        <message>
            <source>Mettre la fiche à la corbeille</source>
            <translation>Move the fiche to the trash</translation>
        </message>
        <message>
            <source>Corbeille…</source>
            <translation>Trash…</translation>
        </message>
        <message>
            <source>Nouveau concept…</source>
            <translation>New concept…</translation>
        </message>
        <message>
            <source>Modifier le concept…</source>
            <translation>Edit concept…</translation>
        </message>
        <message>
            <source>Ajouter au panier</source>
            <translation>Add to basket</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Aller aux résultats</source>
            <translation>Go to results</translation>
        </message>
        <message>
            <source>Aller à la lecture</source>
            <translation>Go to the reader</translation>
        </message>
        <message>
            <source>Précédent dans le dossier</source>
            <translation>Previous in the dossier</translation>
        </message>
        <message>
            <source>Suivant dans le dossier</source>
            <translation>Next in the dossier</translation>
        </message>
        <message>
            <source>Filtres</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Thésaurus</source>
            <translation>Thesaurus</translation>
        </message>
        <message>
            <source>Panier</source>
            <translation>Basket</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Comparer deux cas…</source>
            <translation>Compare two cases…</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>À propos de kb_app</source>
            <translation>About kb_app</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Aller</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Outils</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Langue</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Langue du système</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>aller à la recherche</source>
            <translation>go to the search bar</translation>
        </message>
        <message>
            <source>Bas (dans la recherche)</source>
            <translation>Down (in the search bar)</translation>
        </message>
        <message>
            <source>parcourir les résultats</source>
            <translation>browse the results</translation>
        </message>
        <message>
            <source>Entrée (dans les résultats)</source>
            <translation>Enter (in the results)</translation>
        </message>
        <message>
            <source>lire la fiche</source>
            <translation>read the fiche</translation>
        </message>
        <message>
            <source>aller aux résultats / à la lecture</source>
            <translation>go to the results / to the reader</translation>
        </message>
        <message>
            <source>page précédente, page suivante</source>
            <translation>previous page, next page</translation>
        </message>
        <message>
            <source>fiche précédente, suivante du dossier</source>
            <translation>previous, next fiche of the dossier</translation>
        </message>
        <message>
            <source>suivre les liens d'une fiche ; les nœuds du graphe</source>
            <translation>follow a fiche's links; the graph's nodes</translation>
        </message>
        <message>
            <source>filtres, thésaurus, panier, historique</source>
            <translation>filters, thesaurus, basket, history</translation>
        </message>
        <message>
            <source>ajouter la fiche au panier</source>
            <translation>add the fiche to the basket</translation>
        </message>
        <message>
            <source>nouvelle fiche, modifier, mettre à la corbeille</source>
            <translation>new fiche, edit, move to the trash</translation>
        </message>
        <message>
            <source>annuler la dernière modification</source>
            <translation>undo the last change</translation>
        </message>
        <message>
            <source>comparer deux cas</source>
            <translation>compare two cases</translation>
        </message>
        <message>
            <source>kb_app — gouvernance territoriale</source>
            <translation>kb_app — territorial governance</translation>
        </message>
        <message>
            <source>Filtrer les concepts</source>
            <translation>Filter concepts</translation>
        </message>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <translation>Opening the library…</translation>
        </message>
        <message>
            <source>Nombre de résultats</source>
            <translation>Number of results</translation>
        </message>
        <message>
            <source>Lecture de la fiche</source>
            <translation>Fiche reader</translation>
        </message>
        <message>
            <source>Panneau latéral</source>
            <translation>Side panel</translation>
        </message>
        <message>
            <source>kb_app — %1</source>
            <translation>kb_app — %1</translation>
        </message>
        <message>
            <source>Aucune bibliothèque ouverte.</source>
            <translation>No library open.</translation>
        </message>
        <message>
            <source>Ouvrir une bibliothèque</source>
            <translation>Open a library</translation>
        </message>
        <message>
            <source>Sauvegarde vérifiée : %1</source>
            <translation>Verified backup: %1</translation>
        </message>
        <message>
            <source>Sauvegarde de la bibliothèque…</source>
            <translation>Backing up the library…</translation>
        </message>
        <message>
            <source>La bibliothèque est en bon état.</source>
            <translation>The library is in good order.</translation>
        </message>
        <message>
            <source>Problèmes trouvés :</source>
            <translation>Problems found:</translation>
        </message>
        <message>
            <source>Vérification</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Vérification de la bibliothèque…</source>
            <translation>Checking the library…</translation>
        </message>
        <message>
            <source>La langue choisie s'appliquera au prochain démarrage.</source>
            <translation>The chosen language will apply at the next start.</translation>
        </message>
        <message>
            <source>kb_app : base de connaissances hors ligne sur la gouvernance territoriale.</source>
            <translation>kb_app: an offline knowledge base on territorial governance.</translation>
        </message>
        <message>
            <source>Annuler : %1</source>
            <translation>Undo: %1</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Adresse inconnue : %1</source>
            <translation>Unknown address: %1</translation>
        </message>
        <message>
            <source>Cette fiche est dans la corbeille.</source>
            <translation>This fiche is in the trash.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>%1 fiches (%2) et %3 concepts.</source>
            <translation>%1 fiches (%2) and %3 concepts.</translation>
        </message>
        <message>
            <source>Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs.</source>
            <translation>Type in the search bar (Ctrl+K): accents and plurals are optional.</translation>
        </message>
        <message>
            <source>Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».</source>
            <translation>Filter the results by kind, concept, year or dossier in the “Filters” tab.</translation>
        </message>
        <message>
            <source>Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.</source>
            <translation>Browse the thesaurus in the “Thesaurus” tab: every concept has its map.</translation>
        </message>
        <message>
            <source>Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le.</source>
            <translation>Keep your reading in the basket (Ctrl+B); export or print it.</translation>
        </message>
        <message>
            <source>Gouvernance territoriale : base de connaissances</source>
            <translation>Territorial governance: a knowledge base</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Concepts les plus présents</source>
            <translation>Most used concepts</translation>
        </message>
        <message>
            <source>Pour commencer</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>En anglais</source>
            <translation>In English</translation>
        </message>
        <message>
            <source>Autres termes</source>
            <translation>Other terms</translation>
        </message>
        <message>
            <source>Plus large</source>
            <translation>Broader</translation>
        </message>
        <message>
            <source>Plus précis</source>
            <translation>Narrower</translation>
        </message>
        <message>
            <source>Associés</source>
            <translation>Related</translation>
        </message>
        <message>
            <source>Groupes</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris.</source>
            <translation>%1 fiches indexed with this concept, %2 including its narrower concepts.</translation>
        </message>
        <message>
            <source>Afficher ces fiches dans la liste de résultats</source>
            <translation>Show these fiches in the results list</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Aucune fiche pour ce concept.</source>
            <translation>No fiche for this concept.</translation>
        </message>
        <message>
            <source>par « %1 »</source>
            <translation>through “%1”</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Pays</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Échelle</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Période</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Résultats</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Acteurs</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>aucun</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Comparaison de deux cas</source>
            <translation>Two cases compared</translation>
        </message>
        <message>
            <source>Concepts communs</source>
            <translation>Shared concepts</translation>
        </message>
        <message>
            <source>Seulement dans « %1 »</source>
            <translation>Only in “%1”</translation>
        </message>
        <message>
            <source>Comparaison</source>
            <translation>Comparison</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Lien refusé : %1</source>
            <translation>Link refused: %1</translation>
        </message>
        <message>
            <source>Ouvrir un lien externe</source>
            <translation>Open an external link</translation>
        </message>
        <message>
            <source>Ouvrir cette adresse dans le navigateur du système ?

%1</source>
            <translation>Open this address in the system's browser?

%1</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Chargement…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>(fiche introuvable)</source>
            <translation>(fiche not found)</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Search results</translation>
        </message>
    </context>
    <context>
        <name>RowsTable</name>
        <message>
            <source>Ajouter une ligne</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <source>Supprimer la ligne</source>
            <translation>Delete the row</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…</source>
            <translation>Search (Ctrl+K): bien commun, title:budget, type:case, year:2008…</translation>
        </message>
        <message>
            <source>Recherche</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.</source>
            <translation>Results update as you type; press Down to browse them.</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message numerus="yes">
            <source>%n résultat(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>environ %1</source>
            <translation>about %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>filtrés</source>
            <translation>filtered</translation>
        </message>
        <message>
            <source>index en reconstruction : résultats partiels</source>
            <translation>index being rebuilt: partial results</translation>
        </message>
        <message>
            <source>recherche simple (syntaxe non prise en compte)</source>
            <translation>plain search (syntax not applied)</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Corbeille</source>
            <translation>Trash</translation>
        </message>
        <message>
            <source>Fiches supprimées</source>
            <translation>Deleted fiches</translation>
        </message>
        <message>
            <source>La corbeille est vide.</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
    </context>
</TS>
