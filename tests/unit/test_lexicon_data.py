"""The language data files (event triggers, modes, quantities, dates, reporting words, stopwords) are
well formed, use only PLOVER types and modes, and agree with the spaCy model that reads the text.

Every trigger, mode word and reporting verb has a natural example sentence below; the French model
must give the listed lemma (sequence) in it, so a lemma the model never produces is caught here rather
than as a silently missed event.
"""
from __future__ import annotations


import pytest

from eventmill.resources import ROOT
from eventmill.text import norm
from lexicon_tables import _dicts, _show, _units

# ---------------------------------------------------------------------------------------------------
# Example sentences (tagged by language through the test ids)
# ---------------------------------------------------------------------------------------------------

TRIGGER_EXAMPLES = [
    # rows that need a given object (column object)
    ('partager', 'VERB', 'Les deux pays ont partagé des renseignements.'),
    ('échanger', 'VERB', 'Les deux armées ont échangé des renseignements.'),
    ('renforcer', 'VERB', 'Israël a renforcé ses forces au Liban.'),
    ('ouvrir', 'VERB', "L'Ouzbékistan a ouvert la frontière aux convois."),
    ('restriction', 'NOUN', 'Les restrictions sur les déplacements étaient sévères.'),
    ('expulser', 'VERB', 'La Suisse a expulsé deux diplomates russes.'),
    ('rappeler', 'VERB', 'La France a rappelé son ambassadeur à Rome.'),
    ('retirer', 'VERB', "L'ONU a retiré ses observateurs de la région."),
    ('fermer', 'VERB', "La Russie a fermé ses frontières avec l'Iran."),
    ('réduire', 'VERB', "L'agence a réduit l'aide au camp."),
    ('couper', 'VERB', "Le gouvernement a coupé l'aide à la province."),
    ("falloir", "VERB", "Il faut fermer la frontière, a déclaré le ministre."),
    ("à l' aide de", "NOUN", "Ils ont forcé la porte à l'aide de barres de fer."),
    # (lemma, pos, sentence): the model must give the lemma (sequence) in the sentence
    # ASSAULT
    ('tuer', 'VERB', "Six civils ont été tués dans l'attaque."),
    ('abattre', 'VERB', 'Il a été abattu par la police.'),
    ('assassiner', 'VERB', 'Le président a été assassiné.'),
    ('exécuter', 'VERB', 'Les otages ont été exécutés.'),
    ('massacrer', 'VERB', 'Des villageois ont été massacrés par les miliciens.'),
    ('égorger', 'VERB', 'Les prisonniers ont été égorgés.'),
    ('décapiter', 'VERB', 'Le journaliste a été décapité.'),
    ('fusiller', 'VERB', 'Les déserteurs ont été fusillés.'),
    ('lyncher', 'VERB', 'Il a été lynché par la foule.'),
    ('mourir', 'VERB', "Trois personnes meurent dans l'attaque."),
    ('mort', 'VERB', "Cinq personnes sont mortes dans l'explosion."),
    ('décéder', 'VERB', 'Cinq personnes sont décédées des suites de leurs blessures.'),
    ('périr', 'VERB', "Dix soldats ont péri dans l'attaque."),
    ('succomber', 'VERB', 'Il a succombé à ses blessures.'),
    ('trouver la mort', 'VERB', 'Six civils ont trouvé la mort.'),
    ('perdre la vie', 'VERB', "Deux personnes ont perdu la vie dans l'attentat."),
    ('blesser', 'VERB', 'Douze personnes ont été blessées.'),
    ('blessé', 'VERB', 'Deux soldats blessés ont été évacués.'),
    ('attaquer', 'VERB', 'Des hommes armés ont attaqué un poste de police.'),
    ('agresser', 'VERB', 'Des jeunes ont agressé un militaire.'),
    ('assaillir', 'VERB', 'Le convoi a été assailli par des rebelles.'),
    ('frapper', 'VERB', 'Des policiers ont frappé des manifestants.'),
    ('bombarder', 'VERB', 'Les rebelles ont bombardé la ville.'),
    ('pilonner', 'VERB', "L'armée a pilonné les positions rebelles."),
    ('canonner', 'VERB', 'Les navires ont canonné la côte.'),
    ('mitrailler', 'VERB', 'Les assaillants ont mitraillé la terrasse du café.'),
    ('ouvrir le feu', 'VERB', 'Les policiers ont ouvert le feu sur la foule.'),
    ('tirer sur', 'VERB', 'Des soldats ont tiré sur les manifestants.'),
    ('faire feu', 'VERB', 'Les gardes ont fait feu sur les assaillants.'),
    ('poignarder', 'VERB', 'Il a été poignardé devant chez lui.'),
    ('lapider', 'VERB', 'La jeune femme a été lapidée.'),
    ('exploser', 'VERB', 'Une bombe a explosé au marché.'),
    ('faire exploser', 'VERB', 'Les jihadistes ont fait exploser un pont.'),
    ('faire sauter', 'VERB', 'Les rebelles ont fait sauter le pipeline.'),
    ('piéger', 'VERB', 'Le véhicule avait été piégé par les insurgés.'),
    ('dynamiter', 'VERB', 'Les militants ont dynamité la statue.'),
    ('enlever', 'VERB', 'Le journaliste a été enlevé.'),
    ('kidnapper', 'VERB', 'Les assaillants ont kidnappé trois touristes.'),
    ('séquestrer', 'VERB', 'Les employés ont été séquestrés pendant deux jours.'),
    ('prendre en otage', 'VERB', "Les pirates ont pris en otage l'équipage."),
    ('torturer', 'VERB', 'Il a été torturé en détention.'),
    ('violer', 'VERB', 'Des femmes ont été violées par des miliciens.'),
    ('tabasser', 'VERB', 'Les policiers ont tabassé le jeune homme.'),
    ('passer à tabac', 'VERB', 'Le manifestant a été passé à tabac.'),
    ('rouer de coups', 'VERB', 'Le jeune homme a été roué de coups.'),
    ('brutaliser', 'VERB', 'Des détenus ont été brutalisés par les gardiens.'),
    ('molester', 'VERB', 'Des journalistes ont été molestés par des partisans.'),
    ('malmener', 'VERB', 'Les observateurs ont été malmenés.'),
    ('maltraiter', 'VERB', 'Un jeune homme a été maltraité par un policier.'),
    ('matraquer', 'VERB', "Les forces de l'ordre ont matraqué les étudiants."),
    ('incendier', 'VERB', 'Ils ont incendié des voitures.'),
    ('saccager', 'VERB', 'Les émeutiers ont saccagé des magasins.'),
    ('piller', 'VERB', 'Des magasins ont été pillés.'),
    ('vandaliser', 'VERB', 'Des bureaux de vote ont été vandalisés.'),
    ('détruire', 'VERB', 'Plusieurs maisons ont été détruites par les bombardements.'),
    ('assiéger', 'VERB', "L'armée a assiégé la ville pendant trois mois."),
    ('envahir', 'VERB', 'Les troupes ont envahi le pays voisin.'),
    ('emparer', 'VERB', 'Les rebelles se sont emparés de la ville.'),
    ("prendre d' assaut", 'VERB', "Ils ont pris d'assaut le bâtiment."),
    ("donner l' assaut", 'VERB', "Les forces spéciales ont donné l'assaut à l'aube."),
    ('combattre', 'VERB', 'Les deux camps ont combattu toute la nuit.'),
    ('affronter', 'VERB', "Les insurgés ont affronté l'armée près de la frontière."),
    ('riposter', 'VERB', "L'armée a riposté par des tirs d'artillerie."),
    ('neutraliser', 'VERB', "L'assaillant a été neutralisé par la police."),
    ('capturer', 'VERB', 'Trois soldats ont été capturés par les rebelles.'),
    ('empoisonner', 'VERB', "L'opposant a été empoisonné."),
    ('gazer', 'VERB', 'Le régime a gazé sa propre population.'),
    ('mutiler', 'VERB', 'Les miliciens ont mutilé des civils.'),
    ('tomber sous les balles', 'VERB', 'Il est tombé sous les balles de la police.'),
    ('coûter la vie', 'VERB', "L'attentat a coûté la vie à douze personnes."),
    ('tirer à balles réelles', 'VERB', 'La police a tiré à balles réelles sur la foule.'),
    ('attaque', 'NOUN', "L'attaque a fait dix morts."),
    ('offensive', 'NOUN', "L'offensive a été repoussée."),
    ('contre-offensive', 'NOUN', "L'armée a lancé une contre-offensive."),
    ('attentat', 'NOUN', 'Un attentat a visé une mosquée.'),
    ('attentat-suicide', 'NOUN', 'Un attentat-suicide a frappé Kaboul.'),
    ('attaque-suicide', 'NOUN', 'Une attaque-suicide a visé la base.'),
    ('attentat à la bombe', 'NOUN', 'Un attentat à la bombe a frappé le centre-ville.'),
    ('bombardement', 'NOUN', 'Les bombardements ont repris.'),
    ('pilonnage', 'NOUN', 'Le pilonnage de la ville a duré toute la nuit.'),
    ('frappe', 'NOUN', 'Les frappes aériennes ont tué dix personnes.'),
    ('raid', 'NOUN', "Un raid a visé un camp d'entraînement."),
    ('explosion', 'NOUN', 'Une explosion a secoué la capitale.'),
    ('déflagration', 'NOUN', 'La déflagration a soufflé les vitres.'),
    ('fusillade', 'NOUN', 'Une fusillade a éclaté près du palais.'),
    ('tir', 'NOUN', 'Des tirs ont été entendus dans le quartier.'),
    ('coup de feu', 'NOUN', 'Des coups de feu ont été entendus.'),
    ('échange de tirs', 'NOUN', 'Les échanges de tirs ont duré une heure.'),
    ('affrontement', 'NOUN', "De violents affrontements ont opposé l'armée aux rebelles."),
    ('combat', 'NOUN', 'Les combats se poursuivent dans le nord.'),
    ('bataille', 'NOUN', 'La bataille pour la ville fait rage.'),
    ('accrochage', 'NOUN', 'Un accrochage a eu lieu à la frontière.'),
    ('hostilité', 'NOUN', 'Les hostilités ont repris.'),
    ('embuscade', 'NOUN', 'Une patrouille est tombée dans une embuscade.'),
    ('assaut', 'NOUN', "L'assaut a été lancé à l'aube."),
    ('incursion', 'NOUN', 'Une incursion a été signalée dans le nord.'),
    ('invasion', 'NOUN', "L'invasion a commencé en février."),
    ('agression', 'NOUN', "Dans de nombreux cas, il s'agissait d'agressions au couteau."),
    ('violence', 'NOUN', 'Des violences ont éclaté après le scrutin.'),
    ('assassinat', 'NOUN', "L'assassinat du gouverneur a choqué le pays."),
    ('meurtre', 'NOUN', 'Il a été inculpé pour meurtre.'),
    ('homicide', 'NOUN', 'La police enquête sur un homicide.'),
    ('massacre', 'NOUN', 'Le massacre a fait des dizaines de morts.'),
    ('tuerie', 'NOUN', 'La tuerie a eu lieu dans une école.'),
    ('carnage', 'NOUN', 'Le carnage a fait quarante morts.'),
    ('exécution', 'NOUN', 'Les exécutions sommaires se multiplient.'),
    ('décapitation', 'NOUN', "Une vidéo montrant la décapitation d'un homme a été diffusée."),
    ('lynchage', 'NOUN', "La foule a exigé le lynchage de l'agent."),
    ('passage à tabac', 'NOUN', 'Le passage à tabac a été filmé.'),
    ('tabassage', 'NOUN', 'Le tabassage du jeune homme a indigné le pays.'),
    ('enlèvement', 'NOUN', "L'enlèvement a été revendiqué."),
    ('rapt', 'NOUN', 'Le rapt a eu lieu en plein jour.'),
    ('kidnapping', 'NOUN', "Le kidnapping de l'ingénieur a été confirmé."),
    ("prise d' otage", 'NOUN', "Une prise d'otage a eu lieu dans le supermarché."),
    ("prise d' otages", 'NOUN', "Les prises d'otages se multiplient."),
    ('séquestration', 'NOUN', 'La séquestration a duré trois jours.'),
    ('torture', 'NOUN', 'Les détenus ont subi des tortures.'),
    ('sévice', 'NOUN', 'Les prisonniers ont subi des sévices.'),
    ('viol', 'NOUN', 'Les viols ont été utilisés comme arme de guerre.'),
    ('agression sexuel', 'NOUN', 'Les agressions sexuelles se multiplient.'),
    ('mutilation', 'NOUN', 'Des mutilations ont été constatées.'),
    ('lapidation', 'NOUN', 'Elle a été condamnée à la lapidation.'),
    ('égorgement', 'NOUN', "L'égorgement du prêtre a choqué la France."),
    ('pillage', 'NOUN', 'Les pillages se sont multipliés.'),
    ('saccage', 'NOUN', 'Le saccage du siège du parti a été condamné.'),
    ('vandalisme', 'NOUN', 'Les actes de vandalisme se sont multipliés.'),
    ('destruction', 'NOUN', 'La destruction du pont a isolé la ville.'),
    ('sabotage', 'NOUN', 'Un sabotage a endommagé la voie ferrée.'),
    ('incendie criminel', 'NOUN', 'Un incendie criminel a ravagé la mairie.'),
    ('mort', 'NOUN', 'Le bilan fait état de 12 morts et 30 blessés.'),
    ('tué', 'NOUN', 'Il est question de plusieurs dizaines de tués.'),
    ('blessé', 'NOUN', "Les blessés ont été transportés à l'hôpital."),
    ('insurrection', 'NOUN', "L'insurrection a gagné le sud du pays."),
    ('guérilla', 'NOUN', 'La guérilla a repris dans les montagnes.'),
    ('opération militaire', 'NOUN', "L'armée a lancé une opération militaire dans le nord."),
    ('intervention militaire', 'NOUN', "L'intervention militaire a commencé dimanche."),
    ('opération antiterroriste', 'NOUN', "Une opération antiterroriste a été menée à l'aube."),
    ('roquette', 'NOUN', 'Des roquettes se sont abattues sur la ville.'),
    # PROTEST
    ('manifester', 'VERB', 'Des milliers de personnes ont manifesté à Paris.'),
    ('protester', 'VERB', 'Elles protestaient contre cette loi.'),
    ('défiler', 'VERB', 'Des milliers de personnes ont défilé dans la capitale.'),
    ('rassembler', 'VERB', 'Des centaines de personnes se sont rassemblées devant le parlement.'),
    ('descendre dans la rue', 'VERB', 'Des milliers de jeunes sont descendus dans la rue.'),
    ('descendre dans les rues', 'VERB', 'Des centaines de femmes sont descendues dans les rues de Belgrade.'),
    ('battre le pavé', 'VERB', 'Les syndicats ont battu le pavé samedi.'),
    ('scander', 'VERB', 'Les manifestants ont scandé des slogans hostiles au régime.'),
    ('faire grève', 'VERB', 'Les ouvriers ont fait grève.'),
    ('mettre en grève', 'VERB', 'Les lycéens se sont mis en grève.'),
    ('débrayer', 'VERB', 'Les salariés ont débrayé pendant deux heures.'),
    ('boycotter', 'VERB', "L'opposition a boycotté le scrutin."),
    ('bloquer', 'VERB', 'Les manifestants ont bloqué les routes de la capitale.'),
    ('révolter', 'VERB', 'Les détenus se sont révoltés.'),
    ('manifestation', 'NOUN', 'La manifestation a réuni des milliers de personnes.'),
    ('manif', 'NOUN', 'La manif a été interdite par la préfecture.'),
    ('manifestant', 'NOUN', '5000 manifestants ont défilé.'),
    ('protestataire', 'NOUN', 'Les protestataires ont été dispersés.'),
    ('rassemblement', 'NOUN', "Un rassemblement a eu lieu devant l'ambassade."),
    ('marche', 'NOUN', 'La marche a été organisée par les syndicats.'),
    ('marche blanche', 'NOUN', 'Une marche blanche a réuni des centaines de personnes.'),
    ('cortège', 'NOUN', "Le cortège s'est élancé de la place de la République."),
    ('défilé', 'NOUN', 'Le défilé a rassemblé des milliers de militants.'),
    ('protestation', 'NOUN', "Le mouvement de protestation s'étend."),
    ('contestation', 'NOUN', 'La contestation gagne les universités.'),
    ('mobilisation', 'NOUN', 'La mobilisation contre la réforme ne faiblit pas.'),
    ('sit-in', 'NOUN', 'Le sit-in a été dispersé.'),
    ('blocage', 'NOUN', 'Le blocage des raffineries se poursuit.'),
    ('barricade', 'NOUN', 'Des barricades ont été dressées dans le centre.'),
    ('opération escargot', 'NOUN', 'Les agriculteurs ont mené une opération escargot.'),
    ('grève', 'NOUN', 'La grève a paralysé les transports.'),
    ('gréviste', 'NOUN', "Les grévistes ont bloqué l'usine."),
    ('grève générale', 'NOUN', 'Les syndicats appellent à une grève générale.'),
    ('grève de la faim', 'NOUN', 'Il a entamé une grève de la faim.'),
    ('débrayage', 'NOUN', "Un débrayage a eu lieu dans l'usine."),
    ('arrêt de travail', 'NOUN', 'Les cheminots ont observé un arrêt de travail.'),
    ('piquet de grève', 'NOUN', "Un piquet de grève bloque l'entrée."),
    ('mouvement social', 'NOUN', 'Le mouvement social paralyse le pays.'),
    ('ville morte', 'NOUN', "L'opposition a décrété une journée ville morte."),
    ('émeute', 'NOUN', 'Une émeute a éclaté dans la prison.'),
    ('émeutier', 'NOUN', 'Les émeutiers ont incendié des véhicules.'),
    ('casseur', 'NOUN', 'Les casseurs ont été interpellés.'),
    ('heurt', 'NOUN', 'Des heurts ont éclaté entre manifestants et policiers.'),
    ('échauffourée', 'NOUN', 'Des échauffourées ont opposé les jeunes à la police.'),
    ('violences urbaines', 'NOUN', "Les violences urbaines se sont étendues à d'autres villes."),
    ('soulèvement', 'NOUN', 'Le soulèvement a été écrasé.'),
    ('révolte', 'NOUN', 'La suppression des aides a suscité une révolte.'),
    ('mutinerie', 'NOUN', 'Une mutinerie a éclaté dans la prison.'),
    ('boycott', 'NOUN', "L'opposition a appelé au boycott du scrutin."),
    ('chaîne humaine', 'NOUN', 'Une chaîne humaine a été formée autour du parlement.'),
    # COERCE
    ('arrêter', 'VERB', 'La police a arrêté trois suspects.'),
    ('interpeller', 'VERB', 'Trois hommes ont été interpellés.'),
    ('appréhender', 'VERB', 'Les suspects ont été appréhendés hier.'),
    ('détenir', 'VERB', 'Il est détenu depuis deux ans sans jugement.'),
    ('incarcérer', 'VERB', 'Il a été incarcéré à la prison centrale.'),
    ('emprisonner', 'VERB', "L'opposant a été emprisonné."),
    ('écrouer', 'VERB', 'Le suspect a été écroué.'),
    ('menotter', 'VERB', 'Il a été menotté devant ses enfants.'),
    ('placer en garde à vue', 'VERB', 'Il a été placé en garde à vue.'),
    ('placer en détention', 'VERB', 'Il a été placé en détention provisoire.'),
    ('mettre en examen', 'VERB', 'Il a été mis en examen pour meurtre.'),
    ('inculper', 'VERB', 'Le ministre a été inculpé pour corruption.'),
    ('assigner à résidence', 'VERB', "L'ancien président a été assigné à résidence."),
    ('condamner à', 'VERB', 'Il a été condamné à dix ans de prison.'),
    ('expulser', 'VERB', 'Le militant a été expulsé vers son pays.'),
    ('déporter', 'VERB', 'Des milliers de civils ont été déportés.'),
    ('refouler', 'VERB', 'Les migrants ont été refoulés à la frontière.'),
    ('censurer', 'VERB', 'Le journal a été censuré.'),
    ('museler', 'VERB', 'Le pouvoir a muselé la presse.'),
    ('interdire', 'VERB', 'Le gouvernement a interdit la manifestation.'),
    ('bannir', 'VERB', 'Le parti a été banni.'),
    ('dissoudre', 'VERB', "L'association a été dissoute par décret."),
    ('confisquer', 'VERB', 'Les autorités ont confisqué leurs passeports.'),
    ('perquisitionner', 'VERB', 'La police a perquisitionné le siège du parti.'),
    ('réprimer', 'VERB', "L'armée réprime durement les manifestants."),
    ('disperser', 'VERB', 'Les manifestants ont été dispersés à coups de gaz lacrymogène.'),
    ('boucler', 'VERB', 'La police a bouclé le quartier.'),
    ('déférer', 'VERB', 'Le suspect a été déféré devant le juge.'),
    ('mettre aux arrêts', 'VERB', 'Le procureur a mis aux arrêts trois suspects.'),
    ('arrestation', 'NOUN', "L'arrestation de l'opposant a provoqué des manifestations."),
    ('interpellation', 'NOUN', 'Les interpellations se sont multipliées.'),
    ('garde à vue', 'NOUN', 'La garde à vue a été prolongée.'),
    ('détention', 'NOUN', 'Sa détention a été prolongée.'),
    ('incarcération', 'NOUN', 'Son incarcération a été dénoncée.'),
    ('emprisonnement', 'NOUN', "L'emprisonnement du journaliste a été condamné."),
    ('mise en examen', 'NOUN', 'Sa mise en examen a été confirmée.'),
    ('inculpation', 'NOUN', 'Son inculpation est attendue.'),
    ('rafle', 'NOUN', 'Une rafle a eu lieu dans le quartier.'),
    ('coup de filet', 'NOUN', "Un vaste coup de filet a permis d'arrêter vingt personnes."),
    ("mandat d' arrêt", 'NOUN', "Un mandat d'arrêt a été émis contre lui."),
    ('assignation à résidence', 'NOUN', 'Son assignation à résidence a été levée.'),
    ('expulsion', 'NOUN', "L'expulsion du journaliste a été confirmée."),
    ('déportation', 'NOUN', 'La déportation des civils constitue un crime de guerre.'),
    ('censure', 'NOUN', 'La censure frappe les médias indépendants.'),
    ('interdiction', 'NOUN', "L'interdiction du parti a été prononcée."),
    ('dissolution', 'NOUN', "La dissolution de l'association a été prononcée."),
    ('couvre-feu', 'NOUN', 'Un couvre-feu a été instauré.'),
    ("état d' urgence", 'NOUN', "Le gouvernement a décrété l'état d'urgence."),
    ('loi martiale', 'NOUN', 'La loi martiale a été proclamée.'),
    ('état de siège', 'NOUN', "L'état de siège a été décrété dans la province."),
    ('confiscation', 'NOUN', 'La confiscation des biens a été ordonnée.'),
    ('saisie', 'NOUN', 'La saisie du journal a été ordonnée.'),
    ('perquisition', 'NOUN', 'Une perquisition a eu lieu au domicile du suspect.'),
    ('répression', 'NOUN', 'La répression a fait des dizaines de morts.'),
    ('blocus', 'NOUN', 'Le blocus de la bande de Gaza se poursuit.'),
    ('bouclage', 'NOUN', 'Le bouclage du quartier a duré deux jours.'),
    ('mandat de dépôt', 'NOUN', 'Il a été placé sous mandat de dépôt.'),
    ('peine de prison', 'NOUN', "Il a écopé d'une peine de prison ferme."),
    ("coupure d' internet", 'NOUN', "La coupure d'internet dure depuis une semaine."),
    # SANCTION
    ('sanctionner', 'VERB', "L'Union européenne a sanctionné plusieurs dirigeants."),
    ('geler', 'VERB', 'Washington a décidé de geler les avoirs de la banque centrale.'),
    ('gelé', 'VERB', 'Les États-Unis ont gelé les avoirs.'),
    ('rompre', 'VERB', 'Le pays a rompu ses relations diplomatiques avec Téhéran.'),
    ('suspendre', 'VERB', 'Bruxelles a suspendu son aide au gouvernement.'),
    ('annuler', 'VERB', 'Le président a annulé sa visite à Moscou.'),
    ('exclure', 'VERB', "Le pays a été exclu de l'organisation."),
    ('rappeler son ambassadeur', 'VERB', 'Paris a rappelé son ambassadeur.'),
    ('claquer la porte', 'VERB', "L'opposition a claqué la porte des négociations."),
    ('retirer son ambassadeur', 'VERB', 'Le Maroc a retiré son ambassadeur.'),
    ('sanction', 'NOUN', 'Le Conseil a imposé des sanctions.'),
    ('embargo', 'NOUN', 'Un embargo total a été imposé.'),
    ('gel des avoirs', 'NOUN', 'Le gel des avoirs a été prolongé.'),
    ('rupture', 'NOUN', 'La rupture des relations diplomatiques a été annoncée.'),
    ('suspension', 'NOUN', "La suspension de l'aide a été décidée."),
    ('annulation', 'NOUN', "L'annulation du sommet a été confirmée."),
    ('exclusion', 'NOUN', "L'exclusion du pays a été votée."),
    ("rappel de l' ambassadeur", 'NOUN', "Le rappel de l'ambassadeur a été décidé."),
    ('rétorsion', 'NOUN', 'Moscou a annoncé des mesures de rétorsion.'),
    ('amende', 'NOUN', "L'entreprise a été condamnée à une lourde amende."),
    ("fermeture de l' ambassade", 'NOUN', "La fermeture de l'ambassade a été annoncée."),
    ('droit de douane', 'NOUN', "Washington a imposé des droits de douane sur l'acier chinois."),
    ('liste noire', 'NOUN', 'La banque a été placée sur la liste noire.'),
    # MOBILIZE
    ('déployer', 'VERB', "L'armée a déployé 3000 soldats à la frontière."),
    ('mobiliser', 'VERB', 'Un effectif important a été mobilisé pour les retrouver.'),
    ('dépêcher', 'VERB', 'La police a dépêché plus de 200 agents.'),
    ('masser', 'VERB', 'Moscou a massé des troupes à la frontière.'),
    ('positionner', 'VERB', 'Des chars ont été positionnés près de la ville.'),
    ('quadriller', 'VERB', 'Les gendarmes quadrillent la région.'),
    ('patrouiller', 'VERB', 'Des soldats patrouillent dans les rues.'),
    ('mettre en alerte', 'VERB', "L'armée a été mise en alerte."),
    ("mettre en état d' alerte", 'VERB', "Les forces nucléaires ont été mises en état d'alerte."),
    ('envoyer des troupes', 'VERB', 'Moscou a envoyé des troupes en Syrie.'),
    ('militariser', 'VERB', 'La Chine a militarisé les îlots.'),
    ('déploiement', 'NOUN', 'Le déploiement de 5000 soldats a été annoncé.'),
    ('renfort', 'NOUN', 'Des renforts ont été envoyés dans la région.'),
    ('patrouille', 'NOUN', 'Une patrouille a été envoyée sur place.'),
    ('manœuvre', 'NOUN', "L'armée a mené des manœuvres près de la frontière."),
    ('exercice militaire', 'NOUN', 'Un exercice militaire a eu lieu en mer de Chine.'),
    ('essai nucléaire', 'NOUN', 'Pyongyang a procédé à un essai nucléaire.'),
    ('essai de missile', 'NOUN', 'Un essai de missile a été mené mardi.'),
    ("tir d' essai", 'NOUN', "Un tir d'essai a eu lieu en mer du Japon."),
    ("état d' alerte", 'NOUN', "L'état d'alerte maximale a été décrété."),
    ('mise en alerte', 'NOUN', 'La mise en alerte des troupes inquiète.'),
    ('quadrillage', 'NOUN', 'Un quadrillage du secteur a été mis en place.'),
    ('dispositif de sécurité', 'NOUN', 'Un important dispositif de sécurité a été déployé.'),
    ('concentration de troupes', 'NOUN', 'Une concentration de troupes a été observée.'),
    ('démonstration de force', 'NOUN', 'Cette démonstration de force inquiète les voisins.'),
    ('mobilisation générale', 'NOUN', 'Le président a décrété la mobilisation générale.'),
    ('mobilisation militaire', 'NOUN', 'La mobilisation militaire inquiète les voisins.'),
    ('militarisation', 'NOUN', 'La militarisation de la région inquiète.'),
    ('manoeuvre', 'NOUN', "L'armée a mené des manoeuvres près de la frontière."),
    # THREATEN
    ('menacer', 'VERB', 'Le président a menacé de fermer la frontière.'),
    ('mettre en garde', 'VERB', 'Il a mis en garde contre toute escalade.'),
    ('brandir la menace', 'VERB', 'Washington a brandi la menace de sanctions.'),
    ('intimider', 'VERB', 'Les miliciens ont intimidé les électeurs.'),
    ('avertir', 'VERB', "Le ministre a averti qu'il riposterait."),
    ('agiter la menace', 'VERB', "Le président a agité la menace d'une intervention."),
    ('menacer de mort', 'VERB', 'Le journaliste a été menacé de mort.'),
    ('menace', 'NOUN', "Les menaces de l'opposition ont été prises au sérieux."),
    ('menace de mort', 'NOUN', 'Il a reçu des menaces de mort.'),
    ('ultimatum', 'NOUN', "L'armée a lancé un ultimatum aux rebelles."),
    ('avertissement', 'NOUN', 'Pékin a adressé un avertissement à Taïwan.'),
    ('mise en garde', 'NOUN', 'La mise en garde de Moscou a été entendue.'),
    ('intimidation', 'NOUN', "Les actes d'intimidation se multiplient."),
    ('chantage', 'NOUN', 'Le gouvernement dénonce un chantage.'),
    ('représaille', 'NOUN', 'Le président a promis des représailles.'),
    ('préavis de grève', 'NOUN', 'Les syndicats ont déposé un préavis de grève.'),
    # REQUEST
    ('demander', 'VERB', "Il a demandé au gouvernement d'empêcher un effondrement de l'économie."),
    ('réclamer', 'VERB', 'Il a réclamé la fermeture de la frontière.'),
    ('exiger', 'VERB', 'La foule a exigé la démission du gouverneur.'),
    ('appeler à', 'VERB', "L'ONU a appelé à la retenue."),
    ('exhorter', 'VERB', 'Le pape a exhorté les belligérants à déposer les armes.'),
    ('enjoindre', 'VERB', 'Le tribunal a enjoint au gouvernement de publier le rapport.'),
    ('sommer', 'VERB', "Les policiers l'ont sommé de sortir du véhicule."),
    ('presser', 'VERB', 'Washington a pressé Israël de faire preuve de retenue.'),
    ('implorer', 'VERB', 'Les familles ont imploré les ravisseurs de libérer les otages.'),
    ('supplier', 'VERB', "Les habitants ont supplié les autorités d'intervenir."),
    ('solliciter', 'VERB', "Le pays a sollicité l'aide du FMI."),
    ('plaider pour', 'VERB', 'Paris plaide pour un cessez-le-feu immédiat.'),
    ('ordonner', 'VERB', 'Le juge a ordonné la libération des détenus.'),
    ('mettre en demeure', 'VERB', 'La commission a mis en demeure le gouvernement.'),
    ('lancer un appel', 'VERB', "Le maire a lancé un appel pour retrouver l'enfant."),
    ('demande', 'NOUN', "La demande d'extradition a été transmise."),
    ("demande d' asile", 'NOUN', "Sa demande d'asile a été rejetée."),
    ('revendication', 'NOUN', 'Les revendications des grévistes portent sur les salaires.'),
    ('exigence', 'NOUN', 'Les exigences des ravisseurs sont inconnues.'),
    ('appel à', 'NOUN', 'Ils ont lancé un appel à la grève.'),
    ('appel au', 'NOUN', 'Il a lancé un appel au calme.'),
    ('appel aux', 'NOUN', 'Le Premier ministre a lancé un appel aux insurgés.'),
    ('requête', 'NOUN', "La requête de l'opposition a été examinée."),
    ('réclamation', 'NOUN', "Les réclamations des habitants n'ont pas été entendues."),
    ('sommation', 'NOUN', 'Après trois sommations, la police a chargé.'),
    ('injonction', 'NOUN', 'Le tribunal a adressé une injonction au ministère.'),
    ('mise en demeure', 'NOUN', 'La mise en demeure est restée sans réponse.'),
    ('plaidoyer', 'NOUN', 'Son plaidoyer pour la paix a été salué.'),
    # ACCUSE
    ('accuser', 'VERB', "Une commission d'enquête a accusé la police d'avoir menti."),
    ('reprocher', 'VERB', "L'opposition a reproché au gouvernement son inaction."),
    ('incriminer', 'VERB', 'Le rapport incrimine plusieurs officiers.'),
    ('mettre en cause', 'VERB', 'Le rapport met en cause la police.'),
    ('imputer', 'VERB', "Les autorités imputent l'attentat aux séparatistes."),
    ('soupçonner', 'VERB', 'Le camion était soupçonné de transporter de la drogue.'),
    ('suspecter', 'VERB', "Le régime est suspecté d'avoir utilisé des armes chimiques."),
    ('dénoncer', 'VERB', "L'ONG a dénoncé des violations des droits de l'homme."),
    ('condamner', 'VERB', "La France condamne fermement l'attaque."),
    ('critiquer', 'VERB', 'Le ministre a vivement critiqué la décision.'),
    ('fustiger', 'VERB', "L'opposition a fustigé la gestion de la crise."),
    ('déplorer', 'VERB', "L'ONU déplore la mort de civils."),
    ('blâmer', 'VERB', "Le rapport blâme la direction de l'armée."),
    ('désapprouver', 'VERB', 'Berlin désapprouve cette décision.'),
    ('réprouver', 'VERB', 'Le gouvernement réprouve ces violences.'),
    ('indigner', 'VERB', 'Ce verdict a indigné les ONG.'),
    ('indigné', 'VERB', 'Les ONG se sont indignées de ce verdict.'),
    ('insurger', 'VERB', "Les syndicats s'insurgent contre la réforme."),
    ('stigmatiser', 'VERB', "Le ministre a stigmatisé l'attitude de l'opposition."),
    ('épingler', 'VERB', 'Le rapport a épinglé la gestion des fonds publics.'),
    ('enquêter', 'VERB', 'Les gendarmes ont enquêté sur la disparition du journaliste.'),
    ('porter plainte', 'VERB', 'La famille a porté plainte contre X.'),
    ('attaquer en justice', 'VERB', "L'ONG a décidé d'attaquer en justice le gouvernement."),
    ('poursuivre en justice', 'VERB', 'Il menace de poursuivre en justice le journal.'),
    ('mettre en accusation', 'VERB', 'Le président a été mis en accusation par le parlement.'),
    ('traduire en justice', 'VERB', 'Les responsables seront traduits en justice.'),
    ('pointer du doigt', 'VERB', "Le rapport a pointé du doigt la responsabilité de l'armée."),
    ("convoquer l' ambassadeur", 'VERB', "Paris a convoqué l'ambassadeur d'Iran."),
    ('accusation', 'NOUN', 'Les accusations de fraude se multiplient.'),
    ('allégation', 'NOUN', 'Le gouvernement rejette ces allégations.'),
    ('mise en cause', 'NOUN', 'La mise en cause du ministre fragilise le gouvernement.'),
    ('plainte', 'NOUN', 'Une plainte a été déposée contre le maire.'),
    ('procès', 'NOUN', "Le procès des putschistes s'ouvre lundi."),
    ('condamnation', 'NOUN', 'Les condamnations internationales se multiplient.'),
    ('critique', 'NOUN', 'Les critiques fusent contre le gouvernement.'),
    ('dénonciation', 'NOUN', 'La dénonciation de ces abus a conduit à une enquête.'),
    ('indignation', 'NOUN', "L'attaque a suscité l'indignation générale."),
    ('préoccupation', 'NOUN', "L'ambassadeur a exprimé ses préoccupations."),
    ('pétition', 'NOUN', 'Une pétition a recueilli un million de signatures.'),
    ('enquête', 'NOUN', 'Une enquête a été ouverte.'),
    ('investigation', 'NOUN', 'Les investigations se poursuivent.'),
    ('blâme', 'NOUN', 'Le ministre a reçu un blâme.'),
    ('complicité', 'NOUN', "L'opposition dénonce la complicité de la police."),
    ('complaisance', 'NOUN', 'Les armes passent la frontière avec la complaisance des autorités.'),
    # REJECT
    ('rejeter', 'VERB', 'Le gouvernement a rejeté ces accusations.'),
    ('refuser', 'VERB', "Le conducteur a refusé d'obtempérer."),
    ('récuser', 'VERB', "L'accusé récuse les juges."),
    ('désavouer', 'VERB', 'Le parti a désavoué son candidat.'),
    ('contester', 'VERB', "L'opposition a contesté les résultats du scrutin."),
    ('braver', 'VERB', "Les manifestants ont bravé l'interdiction."),
    ('défier', 'VERB', 'Les jeunes ont défié le couvre-feu.'),
    ('désobéir', 'VERB', 'Les soldats ont désobéi aux ordres.'),
    ('bouder', 'VERB', "L'opposition a boudé les consultations."),
    ('opposer son veto', 'VERB', 'La Chine a opposé son veto.'),
    ('rejet', 'NOUN', 'Le rejet du projet de loi était attendu.'),
    ('refus', 'NOUN', 'Le refus de Moscou a été confirmé.'),
    ('veto', 'NOUN', 'Le veto russe bloque toute résolution.'),
    ('fin de non-recevoir', 'NOUN', 'Le gouvernement a opposé une fin de non-recevoir.'),
    ('désobéissance', 'NOUN', 'Ils appellent à la désobéissance civile.'),
    ('désaccord', 'NOUN', 'Le désaccord entre les deux pays persiste.'),
    ('objection', 'NOUN', 'La Chine a soulevé des objections.'),
    # CONSULT
    ('rencontrer', 'VERB', 'Le ministre a rencontré son homologue russe.'),
    ('entretenir', 'VERB', "Il s'est entretenu avec son homologue."),
    ('négocier', 'VERB', 'Les deux camps négocient un accord.'),
    ('discuter', 'VERB', 'Les dirigeants ont discuté de la crise.'),
    ('dialoguer', 'VERB', 'Le gouvernement refuse de dialoguer avec les rebelles.'),
    ('consulter', 'VERB', 'Le président a consulté les chefs de partis.'),
    ('visiter', 'VERB', 'Le chancelier a visité le camp de réfugiés.'),
    ('rencontre', 'NOUN', 'La rencontre a eu lieu à Genève.'),
    ('réunion', 'NOUN', 'La réunion du Conseil de sécurité a été convoquée.'),
    ('entretien', 'NOUN', "L'entretien entre les deux présidents a duré une heure."),
    ('entretien téléphonique', 'NOUN', 'Les deux dirigeants ont eu un entretien téléphonique.'),
    ('conversation téléphonique', 'NOUN', 'Les deux présidents ont eu une conversation téléphonique.'),
    ('appel téléphonique', 'NOUN', "Lors d'un appel téléphonique, il a évoqué la situation."),
    ('visite', 'NOUN', 'Le président est en visite officielle à Alger.'),
    ('sommet', 'NOUN', "Le sommet de l'Union africaine s'ouvre lundi."),
    ('pourparler', 'NOUN', 'Les pourparlers de paix ont repris.'),
    ('négociation', 'NOUN', 'Les négociations ont échoué.'),
    ('discussion', 'NOUN', 'Les discussions se poursuivent à Doha.'),
    ('dialogue', 'NOUN', 'Le dialogue entre les deux parties a repris.'),
    ('consultation', 'NOUN', 'Des consultations ont eu lieu au Conseil de sécurité.'),
    ('médiation', 'NOUN', 'La médiation du Qatar a permis une rencontre.'),
    ('tête-à-tête', 'NOUN', 'Les deux dirigeants ont eu un tête-à-tête.'),
    ('conférence de paix', 'NOUN', 'Une conférence de paix doit se tenir à Genève.'),
    ('tournée', 'NOUN', 'Le ministre entame une tournée régionale.'),
    ('table ronde', 'NOUN', 'Une table ronde réunira les partis.'),
    ('visioconférence', 'NOUN', 'Les dirigeants ont tenu une visioconférence.'),
    # AGREE
    ('accepter', 'VERB', 'Les rebelles ont accepté de déposer les armes.'),
    ('convenir', 'VERB', 'Les deux parties sont convenues de se revoir.'),
    ('promettre', 'VERB', 'Le gouvernement a promis de libérer les prisonniers.'),
    ('engager à', 'VERB', "Il s'est engagé à respecter l'accord."),
    ('proposer', 'VERB', 'La Turquie a proposé sa médiation.'),
    ('offrir', 'VERB', 'La France a offert son aide.'),
    ('consentir', 'VERB', 'Le régime a fini par consentir à des élections anticipées.'),
    ("mettre d' accord", 'VERB', "Ils se sont mis d'accord sur un calendrier."),
    ("tomber d' accord", 'VERB', "Les deux pays sont tombés d'accord."),
    ('parvenir à un accord', 'VERB', 'Les deux camps sont parvenus à un accord.'),
    ('conclure un accord', 'VERB', 'Israël et le Hamas ont conclu un accord.'),
    ('accord', 'NOUN', 'Un accord a été trouvé.'),
    ('accord de paix', 'NOUN', "L'accord de paix a été signé à Bamako."),
    ('entente', 'NOUN', 'Une entente a été trouvée entre les parties.'),
    ('compromis', 'NOUN', 'Un compromis a été trouvé.'),
    ('promesse', 'NOUN', 'Le président a tenu sa promesse.'),
    ('proposition', 'NOUN', 'La proposition de trêve a été acceptée.'),
    ('traité', 'NOUN', 'Le traité de paix a été ratifié.'),
    ("protocole d' accord", 'NOUN', "Un protocole d'accord a été paraphé."),
    ('pacte', 'NOUN', 'Les deux pays ont conclu un pacte de non-agression.'),
    ('armistice', 'NOUN', "L'armistice a été signé."),
    ('mémorandum', 'NOUN', 'Un mémorandum a été signé entre les deux pays.'),
    ('feuille de route', 'NOUN', 'Les deux parties ont adopté une feuille de route.'),
    ('déclaration commune', 'NOUN', 'Les deux présidents ont adopté une déclaration commune.'),
    # SUPPORT
    ('soutenir', 'VERB', 'Washington soutient la proposition française.'),
    ('approuver', 'VERB', 'Le parlement a approuvé le plan de paix.'),
    ('saluer', 'VERB', "Le secrétaire général a salué l'accord."),
    ('féliciter', 'VERB', 'Le président a félicité le vainqueur du scrutin.'),
    ('encourager', 'VERB', "L'UE encourage les deux parties à poursuivre le dialogue."),
    ('signer', 'VERB', 'Les deux pays ont signé un accord de coopération.'),
    ('ratifier', 'VERB', 'Le Sénat a ratifié le traité.'),
    ('remercier', 'VERB', 'Le président a remercié la France pour son soutien.'),
    ('cautionner', 'VERB', "Elle ne cautionne pas les troubles à l'ordre public."),
    ('applaudir', 'VERB', 'Les Occidentaux ont applaudi cette décision.'),
    ('réjouir', 'VERB', "L'ONU s'est réjouie de la tenue du scrutin."),
    ('endosser', 'VERB', 'Le parti a endossé la candidature du président sortant.'),
    ('soutien', 'NOUN', 'Des milliers de personnes ont exprimé leur soutien aux familles.'),
    ('approbation', 'NOUN', "Le projet a reçu l'approbation du parlement."),
    ('ratification', 'NOUN', 'La ratification du traité est attendue.'),
    ('signature', 'NOUN', "La signature de l'accord a eu lieu à Paris."),
    ('félicitation', 'NOUN', 'Le président a adressé ses félicitations au vainqueur.'),
    ('solidarité', 'NOUN', 'Le Maroc a exprimé sa solidarité avec la France.'),
    ('feu vert', 'NOUN', 'Il a donné son feu vert.'),
    ('éloge', 'NOUN', "Le ministre a fait l'éloge des forces de sécurité."),
    ('satisfaction', 'NOUN', 'Le ministre a exprimé sa satisfaction.'),
    # CONCEDE
    ('céder', 'VERB', 'Le gouvernement a cédé aux revendications des syndicats.'),
    ('reculer', 'VERB', 'Le gouvernement a reculé sur la réforme.'),
    ('renoncer', 'VERB', 'Le président a renoncé à briguer un troisième mandat.'),
    ('assouplir', 'VERB', 'Les autorités ont assoupli les restrictions.'),
    ('alléger', 'VERB', 'Washington a allégé les sanctions contre Caracas.'),
    ('lever', 'VERB', 'Les autorités ont levé le couvre-feu.'),
    ('gracier', 'VERB', 'Le président a gracié deux journalistes.'),
    ('amnistier', 'VERB', 'Les opposants ont été amnistiés.'),
    ('abroger', 'VERB', 'La loi a été abrogée.'),
    ('excuser', 'VERB', "Le gouvernement s'est excusé."),
    ('capituler', 'VERB', 'Les assiégés ont capitulé.'),
    ('concéder', 'VERB', 'Le pouvoir a concédé des réformes.'),
    ('faire marche arrière', 'VERB', 'Le gouvernement a fait marche arrière.'),
    ('accéder aux revendications', 'VERB', 'Le gouvernement a accédé aux revendications des grévistes.'),
    ('accéder aux demandes', 'VERB', "Le régime a accédé aux demandes de l'opposition."),
    ('concession', 'NOUN', 'Le gouvernement a fait des concessions.'),
    ('excuse', 'NOUN', 'Les excuses du gouvernement ont été acceptées.'),
    ('amnistie', 'NOUN', 'Une amnistie générale a été décrétée.'),
    ('grâce présidentielle', 'NOUN', "Il a bénéficié d'une grâce présidentielle."),
    ('pardon', 'NOUN', 'Le Premier ministre a demandé pardon aux victimes.'),
    ('levée', 'NOUN', 'La levée des sanctions a été annoncée.'),
    ('assouplissement', 'NOUN', "L'assouplissement des restrictions a été annoncé."),
    ('allègement', 'NOUN', "L'allègement de la dette a été accordé."),
    ('abrogation', 'NOUN', "L'abrogation de la loi était réclamée par les manifestants."),
    ('capitulation', 'NOUN', 'La capitulation des rebelles a été annoncée.'),
    ('recul', 'NOUN', 'Le recul du gouvernement a été salué par les syndicats.'),
    # COOPERATE
    ('coopérer', 'VERB', 'Les deux pays coopèrent dans la lutte antiterroriste.'),
    ('collaborer', 'VERB', 'Les services de renseignement collaborent étroitement.'),
    ('extrader', 'VERB', 'Le suspect a été extradé vers la France.'),
    ('allier', 'VERB', 'Les deux partis se sont alliés.'),
    ('coopération', 'NOUN', "La coopération militaire entre les deux pays s'intensifie."),
    ('collaboration', 'NOUN', 'La collaboration entre les polices a permis son arrestation.'),
    ('partenariat', 'NOUN', 'Un partenariat stratégique a été conclu.'),
    ('alliance', 'NOUN', 'Les deux partis ont formé une alliance.'),
    ('extradition', 'NOUN', "L'extradition du suspect a été accordée."),
    ('exercice conjoint', 'NOUN', 'Les deux marines ont mené un exercice conjoint.'),
    ('manœuvre conjoint', 'NOUN', 'Des manœuvres conjointes ont eu lieu en mer Noire.'),
    ('opération conjoint', 'NOUN', 'Une opération conjointe a permis de démanteler le réseau.'),
    ('patrouille conjoint', 'NOUN', 'Des patrouilles conjointes ont débuté dans le nord.'),
    ('échange de renseignements', 'NOUN', "L'échange de renseignements a été renforcé."),
    ('manoeuvre conjoint', 'NOUN', 'Des manoeuvres conjointes ont eu lieu en mer Noire.'),
    ('entraide', 'NOUN', "L'entraide judiciaire entre les deux pays a été renforcée."),
    # AID
    ('aider', 'VERB', 'La France a aidé les pays du Sahel.'),
    ('fournir', 'VERB', "Les États-Unis fournissent des armes à l'Ukraine."),
    ('octroyer', 'VERB', 'Le FMI a octroyé un prêt de 3 milliards de dollars.'),
    ('allouer', 'VERB', "L'UE a alloué 50 millions d'euros à la reconstruction."),
    ('débloquer', 'VERB', 'La Banque mondiale a débloqué une enveloppe de 100 millions.'),
    ('financer', 'VERB', "Le Japon a financé la construction de l'hôpital."),
    ('subventionner', 'VERB', "L'État a subventionné les agriculteurs."),
    ('secourir', 'VERB', 'Les garde-côtes ont secouru 200 migrants.'),
    ('porter secours', 'VERB', 'Les pompiers ont porté secours aux blessés.'),
    ('venir en aide', 'VERB', 'La communauté internationale doit venir en aide aux réfugiés.'),
    ('ravitailler', 'VERB', 'Un convoi a ravitaillé la ville assiégée.'),
    ('approvisionner', 'VERB', "L'ONU a approvisionné les camps en eau potable."),
    ('livrer des armes', 'VERB', 'Paris a livré des armes aux rebelles.'),
    ('accueillir des réfugiés', 'VERB', "L'Allemagne a accueilli des réfugiés syriens."),
    ('aide', 'NOUN', 'Le Japon a apporté une aide aux sinistrés.'),
    ('aide humanitaire', 'NOUN', "L'aide humanitaire arrive au compte-gouttes."),
    ('aide militaire', 'NOUN', 'Washington a annoncé une nouvelle aide militaire.'),
    ('aide financière', 'NOUN', 'Une aide financière de 10 millions a été annoncée.'),
    ('assistance', 'NOUN', "L'assistance technique a été renforcée."),
    ('don', 'NOUN', 'Le Japon a fait un don de 5 millions de dollars.'),
    ('prêt', 'NOUN', "Le FMI a accordé un prêt à l'Égypte."),
    ('subvention', 'NOUN', 'Les subventions ont été versées.'),
    ("livraison d' armes", 'NOUN', "Les livraisons d'armes à Kiev se poursuivent."),
    ('asile', 'NOUN', "L'Équateur lui a accordé l'asile."),
    ('asile politique', 'NOUN', "Il a obtenu l'asile politique en France."),
    ('convoi humanitaire', 'NOUN', 'Un convoi humanitaire est arrivé à Alep.'),
    ('ravitaillement', 'NOUN', 'Le ravitaillement de la ville reste difficile.'),
    ('aide alimentaire', 'NOUN', "L'aide alimentaire n'arrive plus."),
    ("aide d' urgence", 'NOUN', "Une aide d'urgence a été débloquée."),
    # RETREAT
    ('retirer', 'VERB', 'Les troupes se sont retirées de la région.'),
    ('replier', 'VERB', 'Les soldats se sont repliés.'),
    ('battre en retraite', 'VERB', 'Ils ont battu en retraite.'),
    ('libérer', 'VERB', 'Les ravisseurs ont libéré les otages.'),
    ('relâcher', 'VERB', 'Les personnes interpellées ont été relâchées.'),
    ('relaxer', 'VERB', 'Le journaliste a été relaxé par le tribunal.'),
    ('remettre en liberté', 'VERB', 'Il a remis en liberté les prisonniers.'),
    ('restituer', 'VERB', 'Le musée a restitué les objets pillés.'),
    ('rapatrier', 'VERB', 'Les réfugiés ont été rapatriés.'),
    ('désarmer', 'VERB', 'Les milices ont été désarmées.'),
    ('démobiliser', 'VERB', 'Les combattants ont été démobilisés.'),
    ('déposer les armes', 'VERB', 'Les rebelles ont déposé les armes.'),
    ('rendre les armes', 'VERB', 'Des centaines de combattants ont rendu les armes.'),
    ('démissionner', 'VERB', 'Le Premier ministre a démissionné.'),
    ('quitter ses fonctions', 'VERB', 'Le ministre a quitté ses fonctions.'),
    ('quitter le pouvoir', 'VERB', 'Le président a quitté le pouvoir.'),
    ('lever le siège', 'VERB', 'Les rebelles ont levé le siège de la ville.'),
    ('retrait', 'NOUN', 'Le retrait des troupes a commencé.'),
    ('repli', 'NOUN', 'Le repli des forces gouvernementales a été confirmé.'),
    ('libération', 'NOUN', 'La libération des otages a été annoncée.'),
    ('relaxe', 'NOUN', 'La relaxe du journaliste a été prononcée.'),
    ('remise en liberté', 'NOUN', 'Sa remise en liberté a été ordonnée.'),
    ('échange de prisonniers', 'NOUN', 'Un échange de prisonniers a eu lieu.'),
    ('restitution', 'NOUN', 'La restitution des territoires est prévue.'),
    ('rapatriement', 'NOUN', 'Le rapatriement des réfugiés a commencé.'),
    ('désarmement', 'NOUN', "Le désarmement des milices est prévu par l'accord."),
    ('démobilisation', 'NOUN', 'La démobilisation des combattants a commencé.'),
    ('reddition', 'NOUN', 'La reddition des derniers combattants a été annoncée.'),
    ('démission', 'NOUN', 'La démission du ministre a été acceptée.'),
    ('cessez-le-feu', 'NOUN', 'Un cessez-le-feu est entré en vigueur.'),
    ('trêve', 'NOUN', 'La trêve a été globalement respectée.'),
    ('corridor humanitaire', 'NOUN', 'Un corridor humanitaire a été ouvert.'),
    ('accès humanitaire', 'NOUN', "L'accès humanitaire reste bloqué."),
    # participle lemmas
    ('décapité', 'NOUN', 'Trois civils décapités hier.'),
    ('fusillé', 'NOUN', 'Trois civils fusillés hier.'),
    ('mutilé', 'NOUN', 'Trois civils mutilés hier.'),
    ('gazé', 'VERB', 'Trois villageois gazés hier.'),
    ('assiégé', 'VERB', 'Les habitants de la ville assiégée manquent de tout.'),
    ('emprisonné', 'NOUN', 'Trois civils emprisonnés hier.'),
    ('déporté', 'NOUN', 'Trois civils déportés hier.'),
]

SURFACE_EXAMPLES = [
    # (form, pos, sentence): forms the model mislemmatises, listed in triggers.tsv as written
    ('agresse', 'VERB', 'Le régime agresse ses opposants.'),
    ('attaque', 'VERB', 'Le groupe attaque un convoi près de Gao.'),
    ('bombarde', 'VERB', 'Le groupe bombarde un convoi près de Gao.'),
    ('brutalise', 'VERB', 'La police brutalise les manifestants.'),
    ('dynamite', 'VERB', 'Le groupe dynamite le pont.'),
    ('explose', 'VERB', 'Une bombe explose dans un marché.'),
    ('frappe', 'VERB', 'Un drone frappe un camion.'),
    ('lapide', 'VERB', 'La foule lapide le voleur.'),
    ('massacre', 'VERB', 'La milice massacre les villageois.'),
    ('matraque', 'VERB', 'La police matraque les manifestants.'),
    ('mitraille', 'VERB', "L'armée mitraille la ville."),
    ('mutile', 'VERB', 'Le groupe mutile les prisonniers.'),
    ('obus', 'NOUN', 'Un obus est tombé sur le marché.'),
    ('pille', 'VERB', 'Chaque nuit, la bande pille les commerces.'),
    ('pilonne', 'VERB', "L'armée pilonne la ville."),
    ('riposte', 'VERB', "L'armée riposte aux tirs."),
    ('séquestre', 'VERB', 'Le groupe séquestre trois employés.'),
    ('torture', 'VERB', 'Le régime torture ses opposants.'),
    ('tue', 'VERB', 'Un kamikaze tue dix personnes à Kaboul.'),
    ('vandalise', 'VERB', 'La foule vandalise la mairie.'),
    ('révolte', 'VERB', 'La population se révolte contre le régime.'),
    ('confisque', 'VERB', 'Le gouvernement confisque les passeports.'),
    ('musèle', 'VERB', 'Le pouvoir musèle la presse.'),
    ('dépêche', 'VERB', 'La police dépêche des renforts.'),
    ('patrouille', 'VERB', "L'armée patrouille dans la ville."),
    ('intimide', 'VERB', 'Le gouvernement intimide les opposants.'),
    ('demande', 'VERB', 'Le président demande la libération des otages.'),
    ('réclame', 'VERB', "L'opposition réclame la démission du gouvernement."),
    ('enquête', 'VERB', 'La police enquête sur la disparition du journaliste.'),
    ('reproche', 'VERB', "L'opposition reproche au gouvernement son inaction."),
    ('épingle', 'VERB', 'Le gouvernement épingle les opposants.'),
    ('conteste', 'VERB', "L'opposition conteste les résultats du scrutin."),
    ('consulte', 'VERB', 'Le président consulte les partis.'),
    ('rencontre', 'VERB', 'Le ministre rencontre son homologue.'),
    ('signe', 'VERB', 'Le président signe le décret.'),
    ('excuse', 'VERB', 'Le gouvernement excuse les opposants.'),
    ('gracie', 'VERB', 'Le président gracie deux journalistes.'),
    ('aide', 'VERB', 'La France aide les pays du Sahel.'),
    ('finance', 'VERB', 'Le gouvernement finance les opposants.'),
    ('ravitaille', 'VERB', "L'armée ravitaille la ville."),
    ('subventionne', 'VERB', 'Le gouvernement subventionne les agriculteurs.'),
    ('désarme', 'VERB', "L'armée désarme les milices."),
    ('relaxe', 'VERB', 'Le tribunal relaxe le journaliste.'),
    ('relâche', 'VERB', "L'armée relâche les prisonniers."),
]

MODE_EXAMPLES = [
    # (lemma, type, sentence)
    # ASSAULT
    ('violemment', 'ASSAULT', 'La police a violemment dispersé la foule.'),
    ('brutalement', 'ASSAULT', 'Les gardes ont brutalement frappé le détenu.'),
    ('char', 'ASSAULT', 'Les rebelles étaient appuyés par des chars.'),
    ('blindé', 'ASSAULT', 'Ils étaient appuyés par des véhicules blindés.'),
    ('artillerie', 'ASSAULT', "L'artillerie a pilonné la ville."),
    ('roquette', 'ASSAULT', 'Des tirs de roquettes ont visé la ville.'),
    ('mortier', 'ASSAULT', 'Des tirs de mortier ont touché le quartier.'),
    ('obu', 'ASSAULT', 'Des obus sont tombés sur le quartier.'),
    ('canon', 'ASSAULT', 'Les canons ont tonné toute la nuit.'),
    ('obusier', 'ASSAULT', 'Des obusiers ont été déployés.'),
    ('missile', 'ASSAULT', "Un missile a touché l'immeuble."),
    ('lance-roquettes', 'ASSAULT', 'Un lance-roquettes multiple a été utilisé.'),
    ('bombardement', 'ASSAULT', 'Les bombardements ont repris.'),
    ('pilonnage', 'ASSAULT', 'Le pilonnage a duré toute la nuit.'),
    ('tank', 'ASSAULT', 'Des tanks ont encerclé la ville.'),
    ('avion', 'ASSAULT', 'Des avions ont largué des bombes sur la ville.'),
    ('aviation', 'ASSAULT', "L'aviation a bombardé les positions rebelles."),
    ('aérien', 'ASSAULT', 'Les frappes aériennes ont tué dix personnes.'),
    ('hélicoptère', 'ASSAULT', 'Un hélicoptère a ouvert le feu.'),
    ('drone', 'ASSAULT', 'Un drone a frappé un véhicule.'),
    ('bombardier', 'ASSAULT', 'Des bombardiers ont survolé la zone.'),
    ('avion de chasse', 'ASSAULT', 'Grâce à des avions de chasse, les assaillants ont largué des bombes.'),
    ("baril d' explosifs", 'ASSAULT', "Des barils d'explosifs ont été largués sur la ville."),
    ('balle', 'ASSAULT', 'Il a été tué par balle.'),
    ('tir', 'ASSAULT', 'Des tirs nourris ont été entendus.'),
    ('coup de feu', 'ASSAULT', 'Des coups de feu ont été entendus.'),
    ('fusil', 'ASSAULT', 'Des hommes armés de fusils ont attaqué le village.'),
    ("fusil d' assaut", 'ASSAULT', "Ils étaient armés de fusils d'assaut."),
    ('kalachnikov', 'ASSAULT', "L'assaillant était armé d'une kalachnikov."),
    ('arme à feu', 'ASSAULT', 'Il a été blessé par une arme à feu.'),
    ('armes à feu', 'ASSAULT', "Une émeute munie d'armes à feu a attaqué la police."),
    ('arme automatique', 'ASSAULT', 'Ils ont ouvert le feu avec des armes automatiques.'),
    ('pistolet', 'ASSAULT', 'Il a tiré avec un pistolet.'),
    ('revolver', 'ASSAULT', 'Il a été menacé avec un revolver.'),
    ('mitraillette', 'ASSAULT', "Des hommes armés de mitraillettes ont forcé l'entrée."),
    ('mitrailleuse', 'ASSAULT', 'Une mitrailleuse lourde a été utilisée.'),
    ('fusillade', 'ASSAULT', 'Une fusillade a éclaté.'),
    ('tireur', 'ASSAULT', 'Un tireur a ouvert le feu.'),
    ('sniper', 'ASSAULT', 'Un sniper a tué deux civils.'),
    ('carabine', 'ASSAULT', 'Il a tiré avec une carabine.'),
    ('bombe', 'ASSAULT', 'Une bombe a explosé au marché.'),
    ('explosif', 'ASSAULT', 'Des explosifs ont été découverts.'),
    ('engin explosif', 'ASSAULT', 'Un engin explosif a été activé à distance.'),
    ('engin explosif improvisé', 'ASSAULT', 'Un engin explosif improvisé a explosé au passage du convoi.'),
    ('eei', 'ASSAULT', 'Un EEI a explosé au passage du convoi.'),
    ('piéger', 'ASSAULT', "Une voiture piégée a explosé devant l'ambassade."),
    ('grenade', 'ASSAULT', 'Une grenade a été lancée sur la foule.'),
    ('mine', 'ASSAULT', 'Le véhicule a sauté sur une mine.'),
    ('dynamite', 'ASSAULT', 'Ils ont utilisé de la dynamite.'),
    ('explosion', 'ASSAULT', 'Une explosion a secoué le quartier.'),
    ('déflagration', 'ASSAULT', 'La déflagration a été entendue à des kilomètres.'),
    ('détonateur', 'ASSAULT', 'Un détonateur a été retrouvé.'),
    ('charge explosive', 'ASSAULT', 'Une charge explosive a été déposée.'),
    ('kamikaze', 'ASSAULT', "Un kamikaze s'est fait exploser."),
    ('attentat-suicide', 'ASSAULT', 'Un attentat-suicide a frappé Kaboul.'),
    ('ceinture explosive', 'ASSAULT', 'Il portait une ceinture explosive.'),
    ('se faire exploser', 'ASSAULT', "L'assaillant se fait exploser devant la mosquée."),
    ('chimique', 'ASSAULT', "Le régime est accusé d'avoir utilisé des armes chimiques."),
    ('chlore', 'ASSAULT', 'Des bombes au chlore ont été larguées.'),
    ('sarin', 'ASSAULT', 'Du gaz sarin a été utilisé.'),
    ('gaz moutarde', 'ASSAULT', 'Daesh a utilisé du gaz moutarde.'),
    ('gaz toxique', 'ASSAULT', 'Des gaz toxiques ont été utilisés.'),
    ('toxique', 'ASSAULT', "L'emploi de substances toxiques a été dénoncé."),
    ('neurotoxique', 'ASSAULT', 'Un agent neurotoxique a été utilisé.'),
    ('ypérite', 'ASSAULT', "Des obus à l'ypérite ont été tirés."),
    ('biologique', 'ASSAULT', 'Ils possédaient des armes biologiques.'),
    ('radiologique', 'ASSAULT', 'Une bombe radiologique a été découverte.'),
    ('novitchok', 'ASSAULT', 'Il a été empoisonné au Novitchok.'),
    ('couteau', 'ASSAULT', 'Il a été attaqué au couteau.'),
    ('machette', 'ASSAULT', 'Ils étaient armés de machettes.'),
    ('hache', 'ASSAULT', 'Il a attaqué les passants à la hache.'),
    ('arme blanche', 'ASSAULT', "Il a été blessé à l'arme blanche."),
    ('poignard', 'ASSAULT', 'Il a frappé avec un poignard.'),
    ('acide', 'ASSAULT', "Il s'agissait d'agressions à l'acide."),
    ('cocktail molotov', 'ASSAULT', 'Des cocktails Molotov ont été lancés sur la caserne.'),
    ('caillou', 'ASSAULT', 'Les jeunes ont lancé des cailloux sur les policiers.'),
    ('gourdin', 'ASSAULT', 'Ils étaient armés de gourdins.'),
    ('bâton', 'ASSAULT', 'Ils ont frappé les passants avec des bâtons.'),
    ('flèche', 'ASSAULT', 'Ils ont tiré des flèches sur les policiers.'),
    ('matraque', 'ASSAULT', 'Les agents ont frappé à coups de matraques.'),
    ('poing', 'ASSAULT', 'Il a été roué de coups de poing.'),
    ('coup de pied', 'ASSAULT', 'Il a reçu des coups de pied.'),
    ('sexuel', 'ASSAULT', 'Les violences sexuelles se multiplient.'),
    ('viol', 'ASSAULT', 'Les viols ont été utilisés comme arme de guerre.'),
    ('otage', 'ASSAULT', 'Les assaillants ont pris des otages.'),
    ('rançon', 'ASSAULT', 'Les ravisseurs réclament une rançon.'),
    ('ravisseur', 'ASSAULT', 'Les ravisseurs ont été arrêtés.'),
    ("peloton d' exécution", 'ASSAULT', "Il a été tué par un peloton d'exécution."),
    ('pendaison', 'ASSAULT', "La pendaison a eu lieu à l'aube."),
    ('sommaire', 'ASSAULT', 'Des exécutions sommaires ont été signalées.'),
    ('moutarde', 'ASSAULT', 'Daesh a utilisé du gaz moutarde à Deir Ezzor.'),
    ('molotov', 'ASSAULT', 'Des cocktails Molotov ont été lancés sur la caserne.'),
    ('baril', 'ASSAULT', "Des barils d'explosifs ont été largués sur Alep."),
    ('peloton', 'ASSAULT', 'Les condamnés ont été fusillés par un peloton.'),
    # PROTEST
    ('grève', 'PROTEST', "Les salariés ont manifesté dans le cadre d'une grève nationale."),
    ('gréviste', 'PROTEST', 'Les grévistes ont défilé.'),
    ('grève de la faim', 'PROTEST', 'Les détenus ont manifesté en entamant une grève de la faim.'),
    ('émeute', 'PROTEST', "La manifestation a tourné à l'émeute."),
    ('émeutier', 'PROTEST', 'Les émeutiers ont attaqué la police.'),
    ('casseur', 'PROTEST', 'Des casseurs ont pris part à la manifestation.'),
    ('pillage', 'PROTEST', 'La manifestation a été suivie de pillages.'),
    ('barricade', 'PROTEST', 'Les manifestants ont érigé des barricades.'),
    ('violent', 'PROTEST', 'La manifestation a donné lieu à de violents affrontements.'),
    ('dégénérer', 'PROTEST', 'La manifestation a vite dégénéré.'),
    ('boycott', 'PROTEST', 'Les consommateurs ont lancé un boycott.'),
    ('boycotter', 'PROTEST', 'Les commerçants ont boycotté les produits.'),
    ('bloquer', 'PROTEST', 'Les manifestants ont bloqué les routes.'),
    ('blocage', 'PROTEST', 'Le blocage des dépôts se poursuit.'),
    ('barrage', 'PROTEST', 'Les manifestants ont installé des barrages sur la route.'),
    ('sit-in', 'PROTEST', 'Les étudiants ont organisé un sit-in.'),
    ('occupation', 'PROTEST', "L'occupation de l'université se poursuit."),
    ('pancarte', 'PROTEST', 'Ils brandissaient des pancartes.'),
    ('banderole', 'PROTEST', 'Les manifestantes ont déroulé une banderole.'),
    ('slogan', 'PROTEST', 'Ils scandaient des slogans.'),
    ('marche', 'PROTEST', 'La marche a réuni des milliers de personnes.'),
    ('cortège', 'PROTEST', "Le cortège s'est dispersé dans le calme."),
    ('faim', 'PROTEST', 'Les détenus ont manifesté en entamant une grève de la faim.'),
    # COERCE
    ('garde à vue', 'COERCE', 'Il a été interpellé et placé en garde à vue.'),
    ('prison', 'COERCE', 'Il a été envoyé en prison.'),
    ('détention', 'COERCE', 'Il a été placé en détention.'),
    ('menotte', 'COERCE', 'Il avait les menottes aux poignets.'),
    ('écrouer', 'COERCE', 'Il a été interpellé puis écroué.'),
    ('couvre-feu', 'COERCE', 'Un couvre-feu a été imposé.'),
    ("état d' urgence", 'COERCE', "L'état d'urgence a été décrété."),
    ('loi martiale', 'COERCE', 'La loi martiale a été imposée.'),
    ('censure', 'COERCE', 'La censure a été renforcée.'),
    ('internet', 'COERCE', "L'accès à internet a été coupé."),
    ('coupure', 'COERCE', "Les coupures d'électricité ont été imposées."),
    ('expulsion', 'COERCE', "L'expulsion a été ordonnée."),
    ('confiscation', 'COERCE', 'La confiscation des biens a été ordonnée.'),
    ('saisie', 'COERCE', 'La saisie des biens a été ordonnée.'),
    ('saisir', 'COERCE', 'La police a saisi des documents.'),
    ('dissolution', 'COERCE', 'La dissolution du parti a été ordonnée.'),
    ('interdiction', 'COERCE', "L'interdiction de manifester a été prononcée."),
    ('martial', 'COERCE', 'La loi martiale a été imposée.'),
    ('urgence', 'COERCE', "L'état d'urgence a été décrété."),
    # SANCTION
    ('ambassadeur', 'SANCTION', 'Paris a rappelé son ambassadeur.'),
    ('diplomate', 'SANCTION', 'Les diplomates ont été expulsés.'),
    ('amende', 'SANCTION', "L'entreprise a été sanctionnée d'une amende."),
    ('coupable', 'SANCTION', 'La société a été reconnue coupable.'),
    ('sommet', 'SANCTION', 'Le sommet a été annulé.'),
    ('visite', 'SANCTION', 'La visite a été annulée.'),
    ('relation', 'SANCTION', 'Ils ont suspendu leurs relations commerciales.'),
    ('commercial', 'SANCTION', 'Ils ont suspendu les échanges commerciaux.'),
    ('gel', 'SANCTION', 'Le gel des avoirs a été décidé.'),
    # MOBILIZE
    ('soldat', 'MOBILIZE', "L'armée a déployé des soldats."),
    ('troupe', 'MOBILIZE', 'Des troupes ont été massées à la frontière.'),
    ('militaire', 'MOBILIZE', 'Des militaires ont été déployés.'),
    ('réserviste', 'MOBILIZE', 'Des réservistes ont été mobilisés.'),
    ('char', 'MOBILIZE', 'Des chars ont été déployés.'),
    ('bataillon', 'MOBILIZE', 'Un bataillon a été déployé.'),
    ('policier', 'MOBILIZE', 'Des policiers ont été déployés.'),
    ('police', 'MOBILIZE', 'La police a été déployée.'),
    ('gendarme', 'MOBILIZE', 'Des gendarmes ont été mobilisés.'),
    ('gendarmerie', 'MOBILIZE', 'La gendarmerie a été mobilisée.'),
    ('agent', 'MOBILIZE', 'Des agents ont été dépêchés.'),
    ('missile', 'MOBILIZE', 'Des missiles ont été déployés.'),
    ('navire', 'MOBILIZE', 'Des navires de guerre ont été déployés.'),
    ('porte-avions', 'MOBILIZE', 'Un porte-avions a été déployé.'),
    ('sous-marin', 'MOBILIZE', 'Un sous-marin a été déployé.'),
    ('nucléaire', 'MOBILIZE', 'Les forces nucléaires ont été mises en alerte.'),
    # THREATEN
    ('sanction', 'THREATEN', 'Il a menacé de sanctions.'),
    ('embargo', 'THREATEN', "Washington menace d'un embargo."),
    ('blocus', 'THREATEN', "Ils menacent d'un blocus."),
    ('boycott', 'THREATEN', "Le pays menace d'un boycott."),
    ('grève', 'THREATEN', "Les syndicats menacent d'une grève."),
    ('couvre-feu', 'THREATEN', "Les autorités menacent d'imposer un couvre-feu."),
    ('interdire', 'THREATEN', "Le gouvernement menace d'interdire le parti."),
    ('interdiction', 'THREATEN', "Il a brandi la menace d'une interdiction."),
    ('dissoudre', 'THREATEN', "Le pouvoir menace de dissoudre l'association."),
    ('arrêter', 'THREATEN', "La police menace d'arrêter les grévistes."),
    ('arrestation', 'THREATEN', "Ils ont été menacés d'arrestation."),
    ('prison', 'THREATEN', 'Il a été menacé de prison.'),
    ('emprisonner', 'THREATEN', "Le régime menace d'emprisonner les opposants."),
    ('expulser', 'THREATEN', "Le gouvernement menace d'expulser les diplomates."),
    ('expulsion', 'THREATEN', "Ils sont menacés d'expulsion."),
    ('rompre', 'THREATEN', 'Ankara menace de rompre les relations.'),
    ('rupture', 'THREATEN', "Il a menacé d'une rupture des relations diplomatiques."),
    ('suspendre', 'THREATEN', 'Le pays menace de suspendre les pourparlers.'),
    ('annexer', 'THREATEN', "Israël menace d'annexer la Cisjordanie."),
    ('annexion', 'THREATEN', "Ils menacent d'une annexion."),
    ('envahir', 'THREATEN', "Moscou menace d'envahir le pays."),
    ('occuper', 'THREATEN', "L'armée menace d'occuper la zone tampon."),
    ('invasion', 'THREATEN', "La menace d'une invasion se précise."),
    ('frapper', 'THREATEN', "L'Iran menace de frapper Israël."),
    ('attaquer', 'THREATEN', "Le groupe menace d'attaquer la capitale."),
    ('attaque', 'THREATEN', "Il menace d'une attaque imminente."),
    ('attentat', 'THREATEN', 'Le groupe menace de commettre des attentats.'),
    ('riposter', 'THREATEN', 'La Russie menace de riposter.'),
    ('riposte', 'THREATEN', 'Il promet une riposte.'),
    ('représaille', 'THREATEN', 'Il menace de représailles.'),
    ('tuer', 'THREATEN', 'Ils ont menacé de tuer les otages.'),
    ('mort', 'THREATEN', 'Il a reçu des menaces de mort.'),
    ('force', 'THREATEN', 'Il menace de recourir à la force.'),
    ('guerre', 'THREATEN', 'Il menace de déclarer la guerre.'),
    ('nucléaire', 'THREATEN', 'Il a brandi la menace nucléaire.'),
    # REQUEST
    ('aide', 'REQUEST', 'Il a demandé une aide internationale.'),
    ('assistance', 'REQUEST', 'Le pays a demandé une assistance militaire.'),
    ('soutien', 'REQUEST', "Il a réclamé le soutien de l'Union européenne."),
    ('secours', 'REQUEST', 'Les habitants ont demandé des secours.'),
    ('asile', 'REQUEST', "Il a demandé l'asile."),
    ('démission', 'REQUEST', 'Ils réclamaient la démission du gouvernement.'),
    ('départ', 'REQUEST', 'Les manifestants exigent le départ du président.'),
    ('réforme', 'REQUEST', 'Ils ont demandé des réformes.'),
    ('élection', 'REQUEST', "L'opposition réclame des élections anticipées."),
    ('changement', 'REQUEST', 'Ils exigent un changement de régime.'),
    ('fermeture', 'REQUEST', 'Il a réclamé la fermeture de la frontière.'),
    ('abrogation', 'REQUEST', "Ils exigent l'abrogation de la loi."),
    ('retrait', 'REQUEST', 'Ils exigent le retrait des troupes.'),
    ('libération', 'REQUEST', 'Il a demandé la libération des otages.'),
    ('libérer', 'REQUEST', 'Il a exigé de libérer les prisonniers.'),
    ('levée', 'REQUEST', 'Ils réclament la levée des sanctions.'),
    ('cessez-le-feu', 'REQUEST', "L'ONU a demandé un cessez-le-feu."),
    ('trêve', 'REQUEST', 'Le pape a demandé une trêve.'),
    ('retenue', 'REQUEST', "L'ONU a appelé à la retenue."),
    ('désescalade', 'REQUEST', 'Paris appelle à la désescalade.'),
    ('négociation', 'REQUEST', "Ils ont demandé l'ouverture de négociations."),
    ('dialogue', 'REQUEST', 'Il appelle au dialogue.'),
    ('pourparler', 'REQUEST', 'Il a demandé la reprise des pourparlers.'),
    ('médiation', 'REQUEST', 'Il a demandé une médiation.'),
    ('rencontre', 'REQUEST', 'Il a demandé une rencontre avec le président.'),
    # ACCUSE
    ('enquête', 'ACCUSE', "Une commission d'enquête a été créée."),
    ('enquêteur', 'ACCUSE', 'Les enquêteurs ont accusé la police.'),
    ('accuser', 'ACCUSE', 'Il a accusé le gouvernement.'),
    ('complicité', 'ACCUSE', 'Il a dénoncé la complicité de la Turquie.'),
    ('responsabilité', 'ACCUSE', "Il a dénoncé la responsabilité de l'armée."),
    ('préoccupation', 'ACCUSE', 'Il a exprimé ses préoccupations.'),
    ('complaisance', 'ACCUSE', 'Les exportations passent par la Turquie avec sa complaisance.'),
    # REJECT
    ('aide', 'REJECT', "Le gouvernement a refusé l'aide étrangère."),
    ('assistance', 'REJECT', 'Le pays a refusé toute assistance.'),
    ('démission', 'REJECT', 'Le président a refusé de présenter sa démission.'),
    ('démissionner', 'REJECT', 'Le ministre refuse de démissionner.'),
    ('réforme', 'REJECT', 'Le parlement a rejeté la réforme.'),
    ('libération', 'REJECT', 'Le tribunal a rejeté la demande de libération.'),
    ('libérer', 'REJECT', 'Les ravisseurs refusent de libérer les otages.'),
    ('cessez-le-feu', 'REJECT', 'Les rebelles ont rejeté le cessez-le-feu.'),
    ('trêve', 'REJECT', 'Le gouvernement a rejeté la proposition de trêve.'),
    ('retrait', 'REJECT', 'Moscou refuse le retrait de ses troupes.'),
    ('négociation', 'REJECT', 'Ils ont refusé toute négociation.'),
    ('négocier', 'REJECT', 'Le gouvernement refuse de négocier.'),
    ('dialogue', 'REJECT', "L'opposition a rejeté l'offre de dialogue."),
    ('rencontrer', 'REJECT', 'Il a refusé de rencontrer le médiateur.'),
    # CONSULT
    ('visite', 'CONSULT', "Il a rencontré le président lors d'une visite à Alger."),
    ('téléphone', 'CONSULT', 'Ils se sont entretenus par téléphone.'),
    ('téléphonique', 'CONSULT', 'Ils ont eu un entretien téléphonique.'),
    ('visioconférence', 'CONSULT', 'Ils se sont réunis par visioconférence.'),
    ('sommet', 'CONSULT', 'Ils se sont rencontrés en marge du sommet.'),
    ('médiation', 'CONSULT', 'Les pourparlers se tiennent sous médiation qatarie.'),
    ('médiateur', 'CONSULT', "Les négociations ont eu lieu en présence d'un médiateur."),
    ('égide', 'CONSULT', "Les pourparlers se tiennent sous l'égide de l'ONU."),
    # AID
    ('humanitaire', 'AID', 'Une aide humanitaire a été envoyée.'),
    ('alimentaire', 'AID', 'Une aide alimentaire a été distribuée.'),
    ('médicament', 'AID', 'Des médicaments ont été livrés.'),
    ('vivre', 'AID', 'Des vivres ont été livrés.'),
    ('nourriture', 'AID', 'De la nourriture a été distribuée.'),
    ('militaire', 'AID', 'Washington a fourni une aide militaire.'),
    ('arme', 'AID', "Les États-Unis fournissent des armes à l'Ukraine."),
    ('munition', 'AID', 'Ils ont livré des munitions.'),
    ('financier', 'AID', 'Une aide financière a été accordée.'),
    ('économique', 'AID', 'Une aide économique a été promise.'),
    ('prêt', 'AID', 'Le FMI a accordé un prêt.'),
    ('euro', 'AID', "L'UE a débloqué 50 millions d'euros."),
    ('dollar', 'AID', 'Washington a promis 100 millions de dollars.'),
    ('asile', 'AID', "Le pays lui a accordé l'asile."),
    ('réfugié', 'AID', 'Le pays a accueilli des réfugiés.'),
    # RETREAT
    ('otage', 'RETREAT', 'Les otages ont été libérés.'),
    ('prisonnier', 'RETREAT', 'Les prisonniers ont été relâchés.'),
    ('détenu', 'RETREAT', 'Les détenus ont été libérés.'),
    ('arme', 'RETREAT', 'Les rebelles ont rendu leurs armes.'),
    ('cessez-le-feu', 'RETREAT', 'Le cessez-le-feu est respecté.'),
    ('trêve', 'RETREAT', 'La trêve a été respectée.'),
    ('troupe', 'RETREAT', 'Le retrait des troupes a commencé.'),
    ('humanitaire', 'RETREAT', "Le régime a autorisé l'accès des convois humanitaires."),
    ('observateur', 'RETREAT', 'Les observateurs ont été autorisés à entrer.'),
    ('démission', 'RETREAT', 'Il a présenté sa démission.'),
]

REPORTING_EXAMPLES = [
    # (verb lemma, sentence)
    ('dire', '"Nous sommes prêts", dit-il.'),
    ('déclarer', '"Nous sommes prêts", a-t-elle déclaré.'),
    ('affirmer', '"Nous sommes prêts", affirme le ministre.'),
    ('indiquer', '"Nous sommes prêts", a-t-il indiqué.'),
    ('indique', 'La situation est calme, indique le ministère.'),
    ('préciser', 'Six civils ont trouvé la mort, précise le centre.'),
    ('expliquer', '"Nous sommes prêts", a-t-il expliqué.'),
    ('ajouter', '"Nous sommes prêts", a-t-il ajouté.'),
    ('souligner', '"Nous sommes prêts", souligne le général.'),
    ('poursuivre', '"Nous sommes prêts", a poursuivi M. Tchourkine.'),
    ('révéler', 'Le diplomate a révélé que les exportations passent par la Turquie.'),
    ('rapporter', 'Les combats ont repris, rapportent les médias russes.'),
    ('annoncer', 'Le ministère a annoncé que trois soldats avaient été tués.'),
    ('assurer', '"Nous sommes prêts", assure le porte-parole.'),
    ('estimer', 'Le parlement a estimé que la loi était nécessaire.'),
    ('estime', '"Nous sommes prêts", estime le général.'),
    ('juger', 'Le ministre a jugé cette décision inacceptable.'),
    ('dénoncer', "L'ONG a dénoncé des violations des droits de l'homme."),
    ('accuser', "Il a accusé la police d'avoir menti."),
    ('confirmer', "Le porte-parole a confirmé l'information."),
    ('démentir', 'Le ministère a démenti ces informations.'),
    ('nier', 'Le gouvernement a nié toute implication.'),
    ('reconnaître', 'Le ministre a reconnu des erreurs.'),
    ('admettre', 'Le général a admis des pertes.'),
    ('insister', 'Le ministre a insisté sur la nécessité du dialogue.'),
    ('rappeler', '"Nous sommes prêts", rappelle le ministre.'),
    ('noter', 'Le rapport a noté une hausse des violences.'),
    ('observer', 'Les experts ont observé une baisse des attaques.'),
    ('constater', 'Les observateurs ont constaté des fraudes.'),
    ('raconter', '"Nous sommes prêts", raconte un témoin.'),
    ('confier', '"Nous sommes prêts", confie un responsable.'),
    ('témoigner', '"Nous sommes prêts", témoigne un habitant.'),
    ('signaler', 'Les habitants ont signalé des tirs.'),
    ('avertir', 'Le ministre a averti que la situation était grave.'),
    ('prévenir', "Le général a prévenu que l'armée riposterait."),
    ('marteler', '"Nous sommes prêts", martèle le ministre.'),
    ('lancer', '"Nous sommes prêts", a-t-il lancé.'),
    ('répondre', 'Le ministre a répondu aux critiques.'),
    ('répliquer', "L'opposition a répliqué aussitôt."),
    ('rétorquer', 'Le porte-parole a rétorqué que ces accusations étaient fausses.'),
    ('commenter', "Le ministre n'a pas commenté ces informations."),
    ('conclure', 'Le rapport a conclu à une erreur humaine.'),
    ('détailler', 'Le procureur a détaillé les faits.'),
    ('informer', 'La police a informé les familles.'),
    ('communiquer', 'Le ministère a communiqué le bilan.'),
    ('écrire', 'Le journal a écrit que le ministre démissionnerait.'),
    ('publier', "L'armée a publié un communiqué."),
    ('proclamer', 'Le parti a proclamé sa victoire.'),
    ('clamer', 'Le prévenu a clamé son innocence.'),
    ('soutenir', "L'avocat a soutenu que son client était innocent."),
    ('prétendre', 'Le groupe a prétendu avoir abattu un avion.'),
    ('avancer', 'Les enquêteurs ont avancé plusieurs hypothèses.'),
    ('considérer', 'Le gouvernement a considéré que la grève était illégale.'),
    ('regretter', 'Le ministre a regretté cette décision.'),
    ('déplorer', "L'ONU a déploré la mort de civils."),
    ('saluer', "Le secrétaire général a salué l'accord."),
    ('relever', 'Le rapport a relevé de nombreuses irrégularités.'),
    ('évoquer', 'Le ministre a évoqué une attaque terroriste.'),
    ('mentionner', 'Le rapport a mentionné des abus.'),
    ('relater', 'Les témoins ont relaté des scènes de panique.'),
    ('faire savoir', 'Le ministère a fait savoir que la frontière était fermée.'),
    ('faire état', 'Le bilan fait état de 12 morts.'),
    ('exclamer', '"C\'est un massacre", s\'est exclamé un habitant.'),
    ('interroger', "Le journaliste s'est interrogé sur les motifs de l'attaque."),
]

# ---------------------------------------------------------------------------------------------------
# Reading the files as they are written (not through the loader), so a short row is not padded away
# ---------------------------------------------------------------------------------------------------

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def _words(name: str) -> list[str]:
    return [w.strip() for w in (ROOT / name).read_text(encoding="utf-8").split("\n")
            if w.strip() and not w.startswith("#")]


# ---------------------------------------------------------------------------------------------------
# How a lexicon phrase is found in a parsed sentence (the reference the trigger matcher follows)
# ---------------------------------------------------------------------------------------------------

HEAD_POS = {"VERB": {"VERB", "AUX", "ADJ"}, "NOUN": {"NOUN", "PROPN"}}  # participles are often ADJ


def _phrase_words(phrase: str) -> list[str]:
    """A lexicon phrase as words: normalised, an elided word split after its apostrophe ("d'assaut")."""
    out = []
    for w in norm(phrase).split():
        while "'" in w[:-1]:
            i = w.index("'") + 1
            out.append(w[:i])
            w = w[i:]
        out.append(w)
    return out


def _found(phrase: str, doc, pos: str | None = None, on_text: bool = False) -> bool:
    """True when the phrase occurs in the parsed sentence.

    One word: the token's lemma must be it (its text, for forms listed as written). Several words:
    consecutive words, each the token's lemma or its text ("trouver la mort" in "ont trouvé la mort").
    `pos` checks the first word's part of speech.
    """
    want, units = _phrase_words(phrase), _units(doc)
    for i in range(len(units) - len(want) + 1):
        if len(want) == 1:
            ok = want[0] == units[i][1 if on_text else 0]
        else:
            ok = all(w in units[i + j][:2] for j, w in enumerate(want))
        if ok and (pos is None or units[i][2] in HEAD_POS[pos]):
            return True
    return False


@pytest.fixture(scope="module")
def parsed():
    """Every example sentence parsed once with the French model (skips if it is not installed)."""
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md is not installed")
    tables = TRIGGER_EXAMPLES + SURFACE_EXAMPLES + MODE_EXAMPLES + REPORTING_EXAMPLES
    sentences = sorted({s for *_, s in tables})
    return dict(zip(sentences, nlp.pipe(sentences)))


def _ids(rows) -> list[str]:
    return ["fr-" + "-".join(r[:-1]) for r in rows]


# ---------------------------------------------------------------------------------------------------
# Table shape
# ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["fr/stopwords.txt", "en/stopwords.txt"])
def test_stopwords_are_lowercase_unique_and_plenty(name):
    words = _words(name)
    assert len(words) >= 120
    assert len(set(words)) == len(words), [w for w in set(words) if words.count(w) > 1]
    assert all(w == w.casefold() and " " not in w for w in words)


def test_stopword_lists_keep_shared_words_out():
    fr, en = set(_words("fr/stopwords.txt")), set(_words("en/stopwords.txt"))
    assert not fr & en
    # frequent in both languages: they would count for the wrong one
    assert not {"a", "on", "me", "plus", "car"} & (fr | en)
    assert "us" not in en  # would hide "US" from the place finder


# ---------------------------------------------------------------------------------------------------
# PLOVER types and modes
# ---------------------------------------------------------------------------------------------------

def test_plover_table_lists_the_16_types_each_with_a_description():
    rows = _dicts("xx/plover.tsv")
    assert [r["type"] for r in rows if not r["mode"]] == list(TYPES)
    assert {r["type"] for r in rows} == set(TYPES)
    assert all(r["description"].strip() for r in rows)
    assert all(r["mode"] == r["mode"].lower() and " " not in r["mode"] for r in rows)


# ---------------------------------------------------------------------------------------------------
# Lemmas agree with the model
# ---------------------------------------------------------------------------------------------------

def test_every_trigger_row_has_exactly_one_kind_of_example():
    rows = {(r["lemma"], r["pos"]) for r in _dicts("fr/triggers.tsv")}
    lemma_ex = {(lemma, pos) for lemma, pos, _ in TRIGGER_EXAMPLES}
    surface_ex = {(form, pos) for form, pos, _ in SURFACE_EXAMPLES}
    assert not lemma_ex & surface_ex
    assert rows - lemma_ex - surface_ex == set(), "triggers without an example sentence"
    assert (lemma_ex | surface_ex) - rows == set(), "examples for triggers that are not in triggers.tsv"


def test_every_mode_word_and_reporting_verb_has_an_example():
    modes = {(r["lemma"], r["type"]) for r in _dicts("fr/modes.tsv")}
    assert modes == {(lemma, typ) for lemma, typ, _ in MODE_EXAMPLES}
    verbs = {r["phrase"] for r in _dicts("fr/reporting.tsv") if r["kind"] == "verb"}
    assert verbs == {lemma for lemma, _ in REPORTING_EXAMPLES}


@pytest.mark.parametrize("lemma, pos, sentence", TRIGGER_EXAMPLES, ids=_ids(TRIGGER_EXAMPLES))
def test_model_gives_trigger_lemma_in_example(parsed, lemma, pos, sentence):
    doc = parsed[sentence]
    # a stop-phrase (type NONE) starts on a function word, so only its words must come out
    stop = any(r["lemma"] == lemma and r["type"] == "NONE" for r in _dicts("fr/triggers.tsv"))
    assert _found(lemma, doc, None if stop else pos), f"{lemma!r} ({pos}) not produced: {_show(doc)}"


@pytest.mark.parametrize("form, pos, sentence", SURFACE_EXAMPLES, ids=_ids(SURFACE_EXAMPLES))
def test_mislemmatised_form_is_still_needed(parsed, form, pos, sentence):
    doc = parsed[sentence]
    assert _found(form, doc, pos, on_text=True), f"{form!r} ({pos}) not in: {_show(doc)}"
    proper = {norm(lemma) for lemma, p, _ in TRIGGER_EXAMPLES if p == pos}
    lemmas = {u[0] for u in _units(doc) if u[1] == norm(form)}
    assert not lemmas & proper, (f"the model now lemmatises {form!r} to a listed lemma {lemmas & proper}: "
                                 "drop the row from triggers.tsv and this table")


@pytest.mark.parametrize("lemma, typ, sentence", MODE_EXAMPLES, ids=_ids(MODE_EXAMPLES))
def test_model_gives_mode_lemma_in_example(parsed, lemma, typ, sentence):
    doc = parsed[sentence]
    assert _found(lemma, doc), f"{lemma!r} not produced: {_show(doc)}"


@pytest.mark.parametrize("lemma, sentence", REPORTING_EXAMPLES, ids=_ids(REPORTING_EXAMPLES))
def test_model_gives_reporting_verb_in_example(parsed, lemma, sentence):
    doc = parsed[sentence]
    assert _found(lemma, doc, "VERB"), f"{lemma!r} not produced: {_show(doc)}"


# ---------------------------------------------------------------------------------------------------
# Quantities, dates, reporting kinds
# ---------------------------------------------------------------------------------------------------


def test_quantities_have_multipliers_for_digits():
    mult = {r["phrase"]: int(r["value"]) for r in _dicts("fr/quantities.tsv") if r["phrase"].startswith("*")}
    assert {"*dizaines": 10, "*centaines": 100, "*milliers": 1000, "*mille": 1000,
            "*million": 1_000_000, "*millions": 1_000_000}.items() <= mult.items()


def test_dates_cover_weekdays_months_and_relative_days():
    rows = _dicts("fr/dates.tsv")
    assert all(r["phrase"] == norm(r["phrase"]) for r in rows), "phrases must be normalised"
    by_kind: dict[str, set[int]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], set()).add(int(r["value"]) if r["kind"] != "none" else 0)
    assert set(by_kind) == {"weekday", "month", "relative", "none"}
    assert {r["unit"] for r in rows if r["kind"] == "relative"} == {"day", "week", "month", "year"}
    assert not {r["unit"] for r in rows if r["kind"] != "relative"} - {""}
    assert by_kind["weekday"] == set(range(7))
    assert by_kind["month"] == set(range(1, 13))
    rel = {r["phrase"]: int(r["value"]) for r in rows if r["kind"] == "relative" and r["unit"] == "day"}
    assert (rel["hier"], rel["avant hier"], rel["aujourd'hui"], rel["demain"]) == (-1, -2, 0, 1)


def test_reporting_rows_have_known_kinds_and_the_common_markers():
    rows = _dicts("fr/reporting.tsv")
    assert {r["kind"] for r in rows} == {"verb", "prep", "noun"}
    by_kind = {k: {norm(r["phrase"]) for r in rows if r["kind"] == k} for k in ("verb", "prep", "noun")}
    assert {"dire", "declarer", "affirmer", "indiquer", "preciser"} <= by_kind["verb"]
    assert {"selon", "d' apres", "citant"} <= by_kind["prep"]
    assert {"source", "communique", "porte parole"} <= by_kind["noun"]


def test_support_and_modifier_values_are_documented():
    assert {r["role"] for r in _dicts("fr/support.tsv")} == {"actor", "recipient", "through", "end", "witness"}
    assert {r["pos"] for r in _dicts("fr/modifiers.tsv")} <= {"", "VERB", "NOUN", "ADJ", "ADV", "ADP"}
    assert all(" " not in r["lemma"] or r["role"] == "actor" for r in _dicts("fr/support.tsv"))
