"""Given names (first names) people in the news carry, from many naming traditions, written
as bylines print them, in Latin script and in Cyrillic and Greek: a short line that holds one
before a capitalised word reads as a person's name ("Maren Holt", "Tomás Ibarra", "Олена
Коваль"), one that does not reads as a place, a topic or a menu ("Harbour District", "Winter
Games"). A feature of the line model, not a rule: a name missing here only lowers a credit
line's chance.

Lower case; names that are also common words a headline or menu may open with ("Will",
"Rosa", "Hope", "Deniz") are left out. Add a name by adding it to its tradition's list.
"""
from __future__ import annotations

_GERMANIC = """
aaliyah aapo aarne aaron aatu abbie abby abe abigail abraham achim adam addison adele adelheid
adeline adolf adriaan adrian adrienne agatha agathe agnes agneta ahti ahto aidan aiden ailbhe
aileen aili ailsa aimee aine aino aisha aisling aivar aivo aksel alain alan alana alar alasdair
alastair albert albin alec aled aleksander aleksi alena alex alexander alexandra alexia alexis
alfie alfred alice alina alison alistair allan allen allie allison alma alois alun alva alvar alvin
alwin alyssa amalia amalie amanda ambrose amelia amelie amos amy amélie anastasia anders andre
andrea andreas andres andrew andri andrus andré andy ane anette angela angelica angelika angelique
angelo angharad angie anita anja anke ann anna annabel annabella annabelle annalena anne annegret
anneke anneli annelie annelies anneliese annemarie annemiek annemieke annette anni annick annie
annika anouk antero anthea anthony antje antoine antoinette anton antonia antoon antti anu
aoibheann aoibhinn aoife archibald archie ari ariana ariane arianna arie arild arja arjan arjen
arlene armin arna arnar arnd arndt arne arni arno arnold arnoud aron arthur arto arvid asa asbjørn
asger asher ashlee ashleigh ashley asta astrid atle atli aubrey aud audrey audun augustin auke
aurelia ava avery axel baerbel bailey baldur barbara barney barry bart bartholomew bas bastiaan
bastian bea beate beatrice becky belinda ben bendik benedict benedikt bengt benjamin benji bennett
benno benny bente berglind berit bernadette bernard bernd bernhard bernie bert berta bertha
berthold bertie bertil bertram bertrand bess bessie beth bethan bethany betsy bettina betty
beverley beverly bianca bianka billy birger birgir birgit birgitta birgitte birte birthe bjarki
bjarne bjarni bjornar björn bjørg bjørn bjørnar blake bob bobby bodil bodo bonnie boudewijn brad
braden bradley bragi bram brandon brayden bregje brenda brendan brett brian brianna bridget
bridgette brigid brigitte britney britt britta brittney brody bronagh bronwen bronwyn brooke bruce
bruno bryan bryce bryn bryndís brynjar bríd burkhard byron bärbel bård caden caitlin caitlyn
caitríona cajsa caleb callie callum calum calvin cameron camila camilla camille candace caoimhe
cara carina carl carla carlijn carlo carlotta carly carmen carola carole carolien caroline carolyn
carrie carsten carwyn carys casey caspar casper cassandra cassidy cassie catarina cathal catharina
catharine catherine cathleen cathrin cathy cato catrin catriona cecil cecilia cecilie cecily cedric
cees celeste celia celina ceri cerys chantal chantelle charlene charles charlie charlotta charlotte
cheryl chiara chloe chloë chris christa christel christer christiaan christian christiane christie
christina christine christof christoffer christoph christophe christopher christy cian ciara ciaran
ciarán cillian cindy claire clara clarence clarissa claude claudette claudia claus clemens clement
cleo clifford clint clodagh cody coen colin colleen colm colton conall connie connor conny conor
conrad constance constanze cor cora cordelia corey corinna corinne cormac cornelia cornelis
cornelius corrie cory cosima courtney craig cristina curtis cynthia cyril cyrus cäcilie daan dafydd
dagmar dagný dai damian damien dan dana dani daniel daniela danielle daniël daniëlle danny daníel
daphne dara darcy dario darius darla darlene darnell darragh darren darryl daryl dave davey david
davíð deandre deanna deb debbie deborah debra declan deirdre delia delilah delores delyth demetrius
dena denis denise dennis derek dermot derrick deshawn desmond detlef detlev dewi dexter diana diane
dianna dianne diarmuid diederik dieter dietmar dietrich dieuwke dillon dina dirk ditte doerte
dolores dominic dominik dominique donal donald donna donovan dora doreen dorien doris dorit
dorothea dorothee dorothy dorte dorthe dottie doug douglas douwe dries duane duncan dustin dwayne
dwight dylan dónal dóra dörte eamon eamonn ebba eberhard eckart eckhard eckhart edda eddie
edeltraud edgar edith edmund edna eduard edvin edward edwin edwina eelco eemeli eerik eero eetu
eeva eggert egill egle egon eija eike eila eileen eilidh eimear einar eino eirik eiríkur eithne
eivind ekkehard elaine eleanor elen elena eleonora eleonore eleri elfriede eli eliana elias elijah
elin elina eline elinor elis elisa elisabeth elise eliza elizabeth elke ella ellen elli ellie
ellinor elliot elliott ellis elmar elmer eloise elsa elsie elske elspeth elvira elvis elías elín
elísabet emanuel embla emelie emer emiel emil emilia emilie emilio emily emilía emlyn emma emmanuel
emmett emmi emrys enda endre ene enid enn enno enrico enya eoghan eoin erhard eric erica erich erik
erika erin erki erkki erla erlend erling erna ernest ernie erwin esa esben eskil esko esme esmee
esmé esmée espen essi estelle ester esther ethan ethel euan eugen eugene eugenia eunice eva
evangeline evelien evelin evelina evelyn everett evert evi evie evy ewald ewan ewen eyvind ezra
fabian fabienne fabio falk faye feargal felicia felix femke fenja fenna fenne ferdinand fergal
fergus fernand ffion fien fiete filip filippa finja finlay finley finnur fintan fiona fionnuala
flemming floortje florian floris floyd folke folkert fons forrest fran frances francesca francis
franklin franz franziska françois françoise frauke fred freda freddie freddy frederic frederick
frederik frederike frederikke frederique fredrick fredrik freek freja freyja frida frieda
friedemann friederike friedhelm friedrich frits fritz friðrik frode froukje fränk frédéric fynn
félix gabi gabriel gabriela gabriele gabriella gabrielle gaby gail gareth garrett garry gary gaston
gaute gavin geert geertje geir gemma genevieve geneviève geoff geoffrey georg george georges
georgina geraint gerald geraldine gerard gerben gerd gerda gerhard gerli gerlinde gernot gero
gerrit gerry gert gertjan gertraud gertrud gertrude gesa gesine gethin gian gianna gideon gijs
gilbert giles gilles gillian gina ginny gisela gisli gitte gladys glenn glenys gloria glyn
godelieve goran gordon gosta gottfried grady graeme graham grainne grayson greg gregor gregory
greta grete gretel grethe griet gruffydd gráinne grétar gudmundur gudni gudrun guenter guenther
guido guillaume gunilla gunn gunnar gunnel gunnhildur gunnlaugur gunter gunther gus gustaaf gustaf
gustav guus guðbjörg guðjón guðmundur guðni guðný guðrún gwen gwendolyn gwilym gwyn gwyneth gylfi
gérard gísli göran gösta günter günther haakon hafþór hailey hakon hal haley halldor halldór
halldóra hallgrímur halvard halvor hamish hampus hank hanna hannah hanne hanneke hannele hannelore
hannes hanns hannu hans hansjoerg hansjuergen hansjörg hansjürgen hanspeter hansruedi harald
haraldur harmen harold harper harri harrie harriet harrison harry hartmut hartwig harvey hauke
havard hayden hayley hazel hector hedda hedvig hedwig hege heidemarie heidi heidrun heike heiki
heikki heiko heiner heini heino heinrich heinz heleen helen helena helene helga helge helgi heli
helina helmut helmuth helvi hendrik henk henning henny henri henrietta henriette henrik henrike
henry herbert heribert herman hermann hermine hermione herta hertha hetty hidde hilary hilda hilde
hildegard hildur hilkka hillar hillary hilmar hiltrud hjalmar hjalti hjördís holger horace hordur
horst howard hubert hugh hugo huib hulda huub huw hywel hákon håkon håvard hélène hörður iain ian
ida idar idris ieuan ifan ifor ignaz iida ike ilari ilkka ilmari ilona ilpo ilse imani imke
immanuel imogen imre ina indrek ine ineke ines inez inga inge ingeborg ingegerd ingela ingemar
inger ingi ingibjörg ingo ingolf ingrid ingunn ingvar ingvild ingólfur iolo ira irene irina irja
irma irmgard irving isa isaac isabel isabell isabella isabelle isaiah isak isla ismo isobel isolde
ivan ivar ivo jaak jaakko jaan jaana jaanika jaanus jaap jace jackie jacob jacobus jacqueline
jacques jada jaden jake jakob jalmari jamal james jamie jan jana jane janek janet jani janice
janina janine janna janne janneke jannik jannis janosch jared jari jarkko jarle jarmo jarno jarrod
jason jasper jayden jean jeanette jeanne jeannette jeannot jed jef jeff jeffery jeffrey jelle
jelmer jemima jen jenna jenni jennifer jenny jenný jens jere jeremiah jeremy jermaine jeroen jerome
jerry jesper jess jesse jessica jessie jette jill jim jimmy jip joachim joakim joan joana joanna
joanne jocelyn jochem jochen jodi jodie joe joel joep joerg joeri joern johan johann johanna
johanne johannes john johnny jolene jolien jon jona jonah jonas jonathan jonathon joni jonna jonny
joonas joop joosep joost joren jorg jorgen joris jorma jorn jorrit jorunn jos josef josefin
josefine joseph josephine josh joshua josie jost jostein josée jouko jouni joyce jozef joël jude
judith judy juerg juergen juha juhan juhani juho jukka jule julia julian juliana juliane julianne
julie julien juliet juliette julius jupp jurgen juri jurre jussi justin justine justus jutta juuso
jyrki jytte jóhann jóhanna jóhannes jón jónas jörg jörgen jörn jørgen jørn jürg jürgen jüri kaarel
kaarina kaden kadri kaethe kaia kaido kaija kaisa kaitlyn kaja kajsa kalervo kalev kalevi kalle
kara kare karel karen kari karin karina karl karla karlheinz karlijn karmen karolina karoline
karsten kaspar kasper katariina katarina kate katelyn katharina katharine katherina katherine
kathleen kathrin kathrine kathryn kathy kati katie katja katri katrien katrin katrín katy kauko
kaur kay kayla kaylee kayleigh keegan kees keijo keira keisha keith kelli kellie kelly kelsey ken
kendall kendra kendrick kenneth kenny kerri kerrie kersti kerstin kerttu kertu ketil kevin kiara
kieran kilian killian kim kimberley kimberly kimmo kira kirsi kirsten kirsti kirsty kjartan kjell
kjersti kjetil klaas klara klaus klemens knud knut koen kolja konrad konsta konstantin konstanze
koos korbinian kris krista kristel kristen krister kristi kristian kristiina kristin kristina
kristine kristinn kristjan kristján kristo kristof kristoffer kristy kristín kurt kyle kylie kári
käthe kätlin kåre lacey lachlan ladina lamar lana landon lara larissa larry lars lasse latoya laura
lauren laurence laurens laurent lauri laurie lawrence layla lea leah leanne leena leentje leevi
leif leigh leila leiv len lena lene leni lennard lennart lennert lenni lennox lenny leo leon leona
leonard leonardo leonhard leonie leopold leroy lesley leslie lester levi levin lewis lexi lia liam
lianne libby lidewij lieke liesbet liesbeth lieselotte liesl lieven liis liisa lilian liliane lilli
lillian lillie lilly lina linda lindsay lindsey lindy linn linnea linnéa linus lionel lisa lisanne
lisbeth liselott liselotte liz lizzie lizzy llewellyn lloyd llywelyn loes logan lois lola lonneke
lonnie lorcan lorena lorenz lorenzo loretta lori lorie lorna lothar lotta lotte lou louis louisa
louise lovisa lovísa lowri luc luca lucas lucia lucian lucie lucille lucinda lucy ludger ludvig
ludwig luis luisa luise luka lukas luke lulu lutz luuk lydia lyle lynda lynn lynne léa léon léonie
maaike maarika maarit maarja maarten maartje mabel mackenzie maddie maddox madeleine madeline
madelyn madis mads mae maeve magda magdalena maggie magne magnus magnús maia maija maik maike
maiken mair mairead mairi mairéad maja majken malcolm malene malik malin malte malthe mandy manfred
manon manuel manuela mara marc marcel marcella marcia marco marcos marcus marcy mareike marek maren
margaret margareta margarete margarethe margarita margie margit margo margot margret margrit
margrét margus mari maria marian marianne marie marieke marije marijke marika marike marilyn marina
mario marion maris marit marita marius marjan marjatta marjo marjolein marjolijn marjorie markku
marko markus marleen marlene marlies marloes marlon marnie marnix marsha marta marte martha marthe
martijn martin martina martine martta martti marty marvin mary maryse maría mateo mathew mathias
mathieu mathijs mathilda mathilde mathis mati matilda matt matteo matthew matthias matthijs
matthías matti mattias mattis maud maude mauno maureen mauri maurice maurits max maximilian maxine
maxwell maya mechthild meelis meg megan meghan meike mel melanie melina melinda melissa melle
melvin menno meredith merijn merike merja merle mervi mervin mervyn mette mhairi mia micah michael
michaela michel michelle micheál michiel michèle mick mickey mieke mihkel mika mikael mikaela mike
mikey mikkel mikko mila mildred milena milla millie milo milton mina mindy minke minna mira miranda
mirco mirella miriam mirjam mirko miro mirte mitch mitchell moa moira mollie molly mona monica
moniek monika monique monty moonika morag morgan moritz morris morten morton moses muriel myles
myra myrthe màiri máire märt märta méabh nadia nadine nadja nancy nanna naomi narelle natalia
natalie natascha natasha natasja nate nathalie nathan nathaniel neal ned neele neeme neil nele nell
nelli nellie nelly nelson nerys netta neville nia niall niamh nicholas nick nicklas nicky niclas
nico nicola nicolai nicolas nicolaus nicole niek niels nienke nigel niilo niina nikki niklas
niklaus niko nikolai nikolaj nikolaus nils nina nino njål noa noah noel noelle noemi nolan noora
nora norah norbert noreen norma norman noud nuala nynke oda ofelia oisin oisín ola olaf olafur olav
olavi ole olev olga oliver olivia olivier olle olli ollie olly olwen onno oona oonagh ophelia orla
orlaith orri oscar osian oskar oskari osmo oswald otis ott ottilie otto outi ove owain owen oystein
oyvind paavo padraig paige paivi palle pam pamela pascal pasi patricia patrick patrik paul paula
paulette pauli paulien pauliina paulina pauline peder peeter peggy pekka pelle penelope pentti
pepijn percy pernilla pertti pete peter petra petri petter peyton phil philip philipp philippa
philippe phillip philomena phoebe phyllis pia pien pierre piet pieter pieterjan piia pim pippa
piret pirjo pirkko pirmin pius polly portia poul preben priit priscilla priska pádraig páll päivi
pär pål pétur quentin quincy quinn quinten quinton rachael rachel raelene rafael ragna ragnar
ragnhild ragnhildur rahel raija raili raimo raimund rainer rait raivo rakel ralf ralph ramon ramona
randall randi randolph raphael rasmus raul rauno raymond rebecca rebecka rebekka reece reese reet
reetta reggie regina reginald regula reid reijo reinder reinhard reinhold reinier reino reinout
remco remi remko remo renata renate rene renee rens renske rené renée reto reuben rhett rhian
rhiannon rhodri rhona rhonda rhys ria rianne ric ricarda richard richie rick rickard ricky rico
rieke rien riikka riina riitta rik rikke riku riley rinus risto rita ritchie ritva roald rob robbe
robbert robbie robby robert roberta robin robyn roderick rodney roel roeland roelof roger rogier
roisin roland rolf romain romy ron ronald ronan roni ronja ronnie ronny roope rory rosalie rosalind
rosalyn rosamund rosemarie rosi rosie rosmarie ross roswitha rowena roxanne roy ruairi ruairí ruben
rudi rudolf rudolph rudy ruedi ruediger rufus runar rupert ruprecht russ russell rutger ruth ruud
ryan rémi róbert róisín rónán rúnar rüdiger saara sabina sabine sabrina sadhbh sadie sakari sally
sam samantha sammy samson samu samuel samuli sander sandra sandro sanna sanne sanni santeri saoirse
sara sarah sari sascha saskia sauli scott seamus sean sebastiaan sebastian seija selina selma senja
senne sepp seppe seppo seraina serena severin seán shana shane shanice shari sharon shauna shawna
shay sheena sheila sheldon shelley shelly sheree sheri sherri sheryl shirley shona sian sibylle sid
sidney siegfried sieglinde siegmund siem sien sietse sietske sif sigmar sigmund sigmundur signe
sigrid sigridur sigrun sigríður sigrún sigurd sigurdur sigurjón sigurður siim siiri silas silja
silje silke silvan silvi silvia silvio simen simo simon simone sindre sindri sinead sinikka sinéad
siobhan siobhán sirje sirpa sissel siv siân siôn sjaak sjef sjoerd sjors skylar skúli smilla snorre
snorri soenke soeren soffía sofia sofie solomon solveig sondre sonia sonja sonya sophia sophie
sorcha soren spencer stacey stacy staffan stan stanley stef stefan stefanie steffen stefán steinar
steingrímur steinunn stella steph stephan stephanie stephen steve steven stevie stewart stian stig
stijn stina stine stu stuart sture sturla ståle stéphane sulev sune sunniva susan susanna susannah
susanne susi susie suvi suzanne suzie suzy svante svea svein sveinn sven svend svenja sverre sybil
sybren sylvain sylvester sylvi sylvia sylvie synne synnøve sævar séamus sébastien síle sólveig
sönke sören sølvi søren taavet taavi tadhg taina talia tamara tami tamika tammy tanel taneli tanja
tanya tapani tapio tara tarja tasha tatjana tatu tauno taylor teagan ted teemu tegan terence teresa
terhi terje tero terrance terrell terrence terri terry tess tessa teun teunis teuvo thea thekla
thelma theodor theodore theres theresa therese thierry thijmen thijs thilo thirza thom thomas thora
thorben thorbjørn thordur thorir thorsteinn thorsten thorvald tiffany tiia tiina tiit tiiu tijmen
tijs tilda tillmann tilly tilman tilo tim timmy timo timothy tina tineke tinne tino tjeerd tobias
toby todd tom tomas tommi tommy tomos tomás toni tonje tony tonya toomas torben torbjörn torbjørn
torgeir tori torill tormod torstein torsten torunn tove tracey traci tracy travis trevor trey
tricia triin trijntje trina trine trish trisha tristan troels trond trude trudi trudy truus tryggvi
trygve trym trystan tuomas tuomo turid tuukka tuula tuulikki tuur tuva twan tygo tyler tyra tyson
tómas tõnis tõnu udo ueli ulf uli ulla ulli ulrich ulrik ulrika ulrike unni unnur urmas urs ursula
urve uschi uta ute uwe vaino val valdemar valdimar valdís valentijn valentin valentina valeria
valerie valter valtteri vanessa vanja vaughan vaughn veera veerle veeti vegard veijo veikko veiko
veit vello venla vera verena verner vernon veronica veronika vesa vetle vibeke vic vicki vicky
victor vidar vigdis vigdís viggo viivi viktor viktoria vilde vilhelm vilhjálmur vilho viljar viljo
ville villu vilma vince vincent vinzenz virgil virpi viv vivian vivianne vivien vivienne viðar
volker vreni väinö véronique walburga waldemar wallace walt walter waltraud waltraut wanda warren
wayne wenche wendell wendy werner wes wessel whitney wiebe wiebke wietse wijnand wilbur wilco
wilfred wilfrid wilfried wilhelm wilhelmina willeke willem willemijn willi william wilma wim
winfried winifred winnie winston wolfgang wolfram wout wouter wyatt wybren wyn xaver xavier xenia
yannick yara yasmin yasmine ylva yngve yolanda yorick youri yrjö yuri yves yvette yvonne zac zach
zachary zack zane zeke zita zoe zoey zoë áine árni ásdís ásgeir ásta åke åsa åse éabha éamon éamonn
ísak ívar ólafur óli ómar órla óskar øivind ørjan øystein øyvind úna ülle þorsteinn þorvaldur þór
þóra þórir þórunn þórður
"""

_ROMANCE = """
aarón abel abelardo achille achilleas adan adela adelaida adelia adelina adelino adi adolfo adria
adriana adriano adrien adrià adrián adán adèle adélia afonso afroditi agapi agata ager aggeliki
aggelos aglae aglaé agnese agnès agostina agostinho agostino agusti agustin agustina agustí agustín
aida aiert aikaterini ailen ailin ailton ailén ailín aimar aina ainara ainhoa ainize aintzane
airton aitana aitor alaitz alazne alban alberto alcides aldara aldo aleix alejandra alejandro
alekos alesia alessandra alessandro alessia alessio alexandre alexandrina alexandros alexandru
alfonso alfredo alicia alin aline almudena alonso alphonse alvaro alvise alysson alèxia alícia
amadeo amadeu amaia amandine amaury amaya ambrogio amedee amedeo americo amets ametz amilcar amédée
amélia américo amílcar ana anabela anahi anahí anais anartz anastasio anastasios anaïs anca anda
ander andi andoni andree andreea andrei andressa andreu andreza androniki andrée andrés anestis
angele angeliki angelos angèle angélique anibal anisoara anişoara anișoara annalisa anselme anselmo
anthi antia antigoni antonella antonello antoni antonietta antonin antonino antonio antonios
antonis antxon antía antón antónia antónio antônia antônio anxela anxo aníbal apolline apostolis
apostolos araceli arantxa aranzazu aratz areti argyris argyro ariadna ariel aris aristeidis
aristide aristides aristidis aristotelis aritz arkaitz arlet arlette armand armando armelle arnaldo
arnau arnaud aroa arrate arsene arsène artemis artur arturo aránzazu asel asier assumpta athanasia
athanasios athanassios attilio auguste augusto aurel aurele aurelian aurelie aurelien aurelio
aurèle aurèlia aurélia aurélie aurélien aurélio avelino axelle ayelen ayelén aylen aylén aymeric
aílton babis baltasar baltazar baptiste barthelemy barthélemy bartolome bartolomeo bartolomeu
bartolomé bartomeu basile basilio bastien battista baudouin bautista beatriz begona begoña benat
benedetta benedetto benedicte benedicto benedita benedito benet beniamin benicio benita benito
benjamín benoit benoît benício beppe berenice bernabe bernabé bernardete bernardino bernardo bernat
berthe beñat biagio bieito biel bittor blandine bogdan bonifacio borja brais brayan breogan breogán
brice bru bruna brás bárbara béatrice bénédicte bérénice caetano caio calogero camillo camilo
carles carlinhos carlos carme carmela carmelo carolina casimiro cassandre cassio catalin catalina
caterina catia caua cauã cayetana cayetano cecile cecília celestin celestino celine celso censu
cesar cesare cesc cetta cezar cezara chara charalambos charalampos charis charline charly charo
chema chloé christelle christodoulos christoforos christos chrysa chrysanthi chrysanthos
chrysostomos chrysoula cicero cikku cinzia ciprian cipriano cirilo ciro citlali clarisse claudie
claudine claudio claudiu cleber clelia clemence clemente cloe clotilde clovis cloé clàudia cláudia
cláudio clélia clémence clément codrin codrut codruta codruţ codruţa codruț codruța colette coline
concetta conchita conrado constanca constantin constantino constanza constança coralie corentin
corina cornel corrado cosimo cosmin cosmina costantino costanza costas costel costin crina cristi
cristian cristiane cristián cristobal cristoforo cristopher cristovao cristóbal cristóvão cyprien
cyrielle cyrille cássio cátia cèlia cécile cédric célestin céline césar cícero côme cătălin
cătălina dafne dafni dalva damia damiano damiao damià damián damião danae danai daniele danièle
dante danut dany daphné darío davi davide dayana debora delfina delphine demetrio denisa despina
despoina diamantis didac didier diego dimitra dimitri dimitrios dimitris dimos dimosthenis dinis
dino dinu diogo dionisio dionysios dionysis dionísio domenico donatella dorel dorian dorianne dorin
dorina doru dragos dragoş dragoș duarte dumitru dário débora déborah dídac dănuţ dănuț ecaterina
eder edgardo edmond edmondo edmundo edoardo edouard edson edu eduardo edurne effie efi efrain
efraín efstathios efstratios efthymia efthymios eftychia egoitz eider eirini ekaitz eleana
eleftheria eleftherios elene eleni elettra elia eliane elie elio eliott elisabet elisabeta
elisabetta elisavet elisenda eliseo elixabete eloa elodie eloi eloisa elouan eloy eloá eloísa
eloïse elpida elza elói emanuela emanuele emeline emely emeric emile emilian emiliano emilien
emmanouela emmanouil emmanuelle emília enaitz enara enaut endika enea eneko enio ennio enora enric
enrica enrique enzo ercole erick erlantz ermis ernan ernesto ernán erwan esteban estefania
estefanía estevao esteve estibaliz estêvão etienne ettore eudald eugenie eugenio eugène eugènia
eugénia eugénie eugénio eugênia eugênio eulalia eulalie eulàlia eurico eusebio eusébio evan evandro
evangelia evangelos evaristo evdokia eveline evelyne everaldo evgenia evripidis ezequiel ezio eñaut
fabiana fabiano fabien fabiola fabián fabrice fabricio fabrizia fabrizio fabrício facundo fani
fanis fanny faustin faustine faustino fausto federica federico feliciano felipe feliu ferdinando
fermin fermín fernanda fernando ferran ferruccio fidel filipa filipe filippo filippos filomena
fiorella firmin firmino flavia flavie flavio flavius florbela florent florentin florentina
florentino florin florine flávia flávio fortunato foteini fotini fotios fotis francesc francesco
francine francisca francisco franck francois francoise frangisku frans franġisku frederico fredy
frédérique fulvio fábio fátima gabin gael gaelle gaetan gaetano gaia gaizka galder ganni garazi
garbine garbiñe garikoitz gaspar gaspard gaspare gastón gatien gauthier gautier gaétan gaël gaëlle
gaëtan gelu genaro genis gennaro genoveva genís geoffroy georgeta georgette georgiana georgios
geraldo gerardo gerasimos germain germaine germano geronimo gerson gerónimo gheorghe gheorghita
gheorghiţa gheorghița ghislain ghislaine giacomo giambattista giampaolo giampiero giancarlo
gianella gianfranco gianluca gianluigi gianmarco gianmaria gianni giannis gianpaolo gianpiero gigel
gigi gil gilberto gilda giljan gilson gimena ginette gino gioacchino gioele giordano giorgia
giorgio giorgos giosue giosuè giota giovanna giovanni giovanny girolamo gisel gisele giselle gisèle
giuditta giulia giuliana giuliano giulio giuseppe giuseppina giusi giusy godfrey godwin goizane
goncalo gonzague gonzalo gonçalo gorg gorka gotzon graciela graziano graziella gregoire gregorio
gregório grigore grigorios grigoris griselda grégoire grégory guglielmo guilherme guillem guillermo
gustave gustavo guylaine guza guze guzeppi guzeppina gwann gwanni gwenaelle gwenaëlle gwendoline
gérald gílson hadrien haizea haralambos haris haritz harkaitz heidy heitor helder helio heloisa
heloise heloísa henrique herminia hermínia hernan hernando hernán herve hervé hilario hipolito
hippolyte hipólito hodei homero honore honoré horacio horia hortense horácio hugues huguette
humberto héctor hélder hélio héloïse héléna iacob iago iakovos iara iasmina iasonas ibai iban ibar
ibon icia icía idoia ifigeneia ignace ignacia ignacio ignasi ignazio igor iker ilan ilaria ilda
ileana ilenia iliana ilias ilie ilinca imanol imma inacio inaki inaxio inigo inocencio inocêncio
intza inácio inès inés inês ioan ioana ioanna ioannis iolanda ionel ionela ionut ionuţ ionuț
iordanis iosif ioulia iraitz iraklis irantzu irati iratxe iria irini irune irène isabela isadora
isaias isaías isidora isidore isidoro isidre isidro ismael ismini italo itsaso itxaso itzel itziar
iulia iulian iuliana iuri iustin ivana ivano ivet ivete ivone ivonne iván izabela izaro izaskun
iñaki iñigo jacinta jacky jacobo jacopo jagoba jaime jaione jair jairo janaina janaína jaqueline
jaume javier javiera jeanine jeannine jeferson jeremias jeremie jeremías jeronimo jerónimo jerônimo
jesmond jessy jesús jhon jhonatan jhonny jimena joao joaquim joaquin joaquín jocelyne joelle joelma
jofre johana jokin jone jonàs jonás jordana jordane jordi jordina jordy jorge joritz jose joseba
josefa josefina joselyn josep josette josetxo josiane josu josue josune josué josé joséphine joão
joëlle juan juana judit julen jules juliano julieta julio julià julián jurgi jussara jérémie jérémy
jérôme jéssica júlia júlio kai kaique kalliopi kamila karine karmele karmenu karmnu karolos
katerina katia kattalin katya kaua kauã keila kemen kenzo kepa kerman kiki kimon kleanthis kleber
kléber koldo konstantina konstantinos korina koro kosmas kostas kostis kylian kyriaki kyriakos
kátia kévin laetitia laia laida lais lambros lampros lapo larisa larraitz laure laurentiu laurenţiu
laurențiu laurine lauro lautaro lavinia lavínia lazar lazare lazaro lazaros lazzaro lazăr laëtitia
laís leana leandre leandro leandros leane lefteris leidy leire leli lello leonel leonida leonidas
leonor leopoldo leticia letitia letizia letiţia letiția letícia leyre leïla leónidas liana libe
liborio licia lide lidia ligia lilia liliana lilou lisandro lise lison litsa livia livio liviu
lizbeth llorenc llorenç lluc llucia lluis lluisa lluís lluïsa llúcia loic loli lorea loredana
lorenza loris louane louison loukas loukia louna lourenco lourenço loïc luan luana luciana luciane
luciano lucien lucienne lucile lucio lucrecia lucrezia lucía ludivine ludmila ludovic ludovica
ludovico luigi luiz luiza luken lupe lupita luzia luís luísa lydie lyna lázaro léana léandre léane
léna léo léonard léopold lía lídia lígia lívia lúa lúcia lúcio macarena macia macià madalena
madalina maddalena maddi mael maelle maelys maeva mafalda magali magaly maialen maicon maider maira
maite maitê maiwenn makarios makis malen malena manex manfredi manoel manolis manolo manu manwel
marcal marceau marcela marcelino marcelle marcello marcelo marcio marcu margaux mariagrazia mariana
mariangela marianna mariano marianthi maribel maricela mariella marielle mariette marija marilena
marilia marilou marinela marinella mariona marios marisa marisela marisol maristela maritza mariza
markel markos marlène maro marthese marti martim martinho martino martiño martí martín maruxa
marylene maryline marylène marzia marçal marília massimiliano massimo matei mateu mateus matheo
matheus mathys mathéo matias matilde matina matthaios matthieu matthis mattia mattin matías maurici
mauricio maurizio mauro maurício maxence maxime maximiliano maximilien mayra mayte maël maëlle
maëlys maëva maïwenn medeea mehdi melania melchor merche meritxell micaela michail michalis michaël
michela michelangelo michele micheline mickael mickaël miguel mihaela mihai mihail mihalis mihnea
mikel mikiel millaray miltiadis miltos mimi mimmo miquel mircea mireia mireille mirel mirela miren
mirentxu mireya mirian mirta mirto miruna misael moises moisés montse morgane murielle murilo
mylene mylène myriam myrsini myrto márcia márcio mário mélanie mélina mélissa mònica mónica mônica
mădălina nadege nadège nafsika nahia nahikari nahuel naia naiara nair nando nantia napoleao
napoleon napoleão napoleón narcis narcís nataniel natasa nataşa natașa nathanael nathanaël natàlia
natália nayeli nefeli nehemias nehemías neide nekane nektaria nektarios nelu nerea nestor nestoras
neus nicanor niccolo niccolò nicolae nicolau nicoleta nicoletta nicolo nicolás nicolò nicu niculae
nicusor nicuşor nicușor niki nikiforos nikitas nikol nikolaos nikolas nikoletta nikos ninon ninu
nives noam noe noelia noemie noemí nolwenn norberto noé noémie noëlle ntina nuno nunzio nuria nádia
nélson néstor núria oana oceane octav octavia octavian octavio octávio océane odei odette odile
odysseas oiane oier oihan oihana oihane olalla olatz olavo oleguer oliviero olívia omar ona ophelie
ophélie orats orazio oreste orestis oriana oriane oriol ornella osmar osvaldo oswaldo otavio otello
otilia ottavia ottavio otávio ourania ovidio ovidiu pablo paco panagiota panagiotis panayiota panos
panteleimon pantelis paola paolo paraskevi pascale pasquale patrice patricio patrizia patrizio
patrícia patrício patxi paulino paulo pavel pavlos pawla pawlu pedro peio pelayo pepa peppe pere
periklis perrine persefoni petre petrica petrică petronela petros petru philomene philomène
pierangelo pierfrancesco piergiorgio pierluigi piero pierpaolo pierrette pierrick pietro pietru
pinelopi pippo pol polina popi priscila prokopios prokopis prudencio pénélope queralt quim quique
quirino rachele radu rafa rafaela rafail raffaele raffaella raffaello raimon raimondo raimundo
raisa raissa raluca ramiro ramón rania raoul raphaelle raphaël raphaëlle raquel rareş rareș ravi
rayen rayssa rayén razvan raíssa raúl regiane regine regis reinaldo rejean remus remy rena renan
renato renaud renzo ricard ricardo riccardo rigoberto rinaldo rino ritienne roberto rocco roch
rodica rodolfo rodolphe rodrigo rodrigue rogelio rogerio rogério rolando romane romeo romeu romina
romuald romulo romulus roméo ronaldo rosalba rosalia rosalina rosalinda rosalía rosana rosane
rosangela rosanna rosaria rosella roser rossana rossella rosângela roula roxana roxane rozalia ruan
rubens rubén ruggero rui rute ruxandra ruy réal rébecca régine régis réjean rémy rómulo rômulo
răzvan sabela sabin sacha saioa sakis salome salomon salomé salomón salvatore salvu samanta sami
samira samuele sancho sanda sandrine sandu santi santiago santino sanziana sasha saul saverio
savvas saúl sebastia sebastiano sebastiao sebastien sebastià sebastián sebastião segolene selena
selene serafim serafin serafín serge sergi sergio sergios sergiu severine severino sidnei silvana
silvano silviu simao simeon simion simona simão siméon simó simón smaranda sofoklis sofía sokratis
solange solene soline solène sorana sorin sorina sotiria sotirios sotiris spiros spyridon spyros
stamatia stamatis stanislas stathis stavros stavroula stefanel stefania stefano stefanos stefanía
stelian stelina stelios stephane stergios stratis stratos styliani stylianos stéphanie sueli suely
susana suso svetlana sveva sylviane symeon sânziana ségolène sérgio séverin séverine sílvia sílvio
sònia sónia sônia tadeo tadeu tais tanguy tania tasos tassos tatiana tatiane taís telmo teo teodor
teodora teodoro teofil teofilo teresita tereza tereża teófilo thalia thanasis thanos thaís thaïs
themis themistoklis theodora theodoros theofanis theophile thiago thibaud thibault thibaut thodoris
théa théo théodore théophile thérèse tiago tiberiu tilemachos timeo timoteo timothee timothée timéo
tiphaine tito titouan titus tiziana tiziano tobia tobías tommaso tomàs tomé tonia tonino tonio totò
toula traian triantafyllos tristao tristán tristão tudor tullio tumas txell txema txomin txus tània
tânia ubaldo udane ugaitz ugo ulises ulisses ulysse ulysses umberto unai unax urko usue uxia uxio
uxue uxía uxío vaggelis valdir valenti valentim valentini valentino valentí valentín valere
valeriano valerio valeriu valery vali valère valéria valérie valéry vanda vanesa vangelis vania
vasco vasile vasileios vasilica vasiliki vasilis vaso vassilis vasso vassos veronique verónica
vianney vicenc vicente vicenç vincenza vincenzo vinicius vinícius viorel viorica virgilio virginie
virgílio vito vitor vittorio viviana viviane vlad vladimir vladimiro vladut vlăduţ vlăduț voula
vyron vânia víctor vítor wenceslao wenzu wesley wilfredo willian wilmer wálter xabat xabi xabier
xacobe xaime xan xandra xanti xaquin xaquín xavi xela xenofon xesus xesús xiana ximena xiomara xián
xoan xoana xochitl xoel xose xosé xoán xuban xulia xulio xurxo xènia xóchitl yadira yago yair yaiza
yajaira yamileth yanina yanira yanis yann yannis yaritza yasmim yasmín yazmin yazmín yesenia
yessica yiannis yiorgos yiota ylenia yoan yoann yohan yohann yolande yorgos yuliana yvan yvon
zacarias zacarías zacharias zacharie zaida zeca zelia zelie zigor zisis zoi zoraida zoé zuhaitz
zurine zuriñe zélia zélie àlex àngela ágata álvaro ángel ángela ângela éder édith édouard élie
élisa élisabeth élise élodie éloi éléonore émeline émeric émile émilie émilien éric érika éthan
étienne éva évelyne ênio íñigo óliver óscar ċensu ċetta ċikku ġanni ġiljan ġorġ ġuzeppina ġuża
ġużeppi ġużè ġwann ġwanni ştefan ştefănel ștefan ștefănel
"""

_CYRILLIC_GREEK = """
άκης άννα άρης άρτεμις έλενα αγγελική αγλαΐα αδάμ αθανάσιος αθηνά αικατερίνη αλέκος αλέξανδρος
αλέξης αλίκη αλεξάνδρα αλεξία αμαλία ανέστης αναστάσιος αναστασία ανδρέας αννίτα αντιγόνη αντωνία
αντώνης αντώνιος αργυρώ αργύρης αριάδνη αριστείδης αριστοτέλης ασπασία αστέριος αφροδίτη αχιλλέας
βάσω βαγγέλης βαρβάρα βασίλειος βασίλης βασιλική βικτώρια γαβριήλ γεράσιμος γεωργία γεώργιος γιάννα
γιάννης γιώργος γιώτης γρηγόρης γρηγόριος δήμητρα δανάη δανιήλ δημήτρης δημήτριος δημοσθένης
διογένης διονυσία διονύσης διονύσιος ελένη ελεάννα ελευθέριος ελισάβετ εμμανουέλα εμμανουήλ
ευάγγελος ευαγγελία ευανθία ευγένιος ευδοκία ευθύμιος ευριπίδης ευστάθιος ευστράτιος εύα ζήσης
ζαχαρίας ηλέκτρα ηλίας ηρακλής θάλεια θανάσης θεμιστοκλής θεοδώρα θεοφάνης θεοχάρης θεόδωρος
θεόφιλος θοδωρής θωμάς ιάκωβος ιάσονας ιορδάνης ιουλία ιπποκράτης ισιδώρα ισμήνη ιφιγένεια ιωάννα
ιωάννης καίτη καλλιόπη κατερίνα κλεάνθης κλειώ κλεοπάτρα κορίνα κοσμάς κυριάκος κωνσταντίνα
κωνσταντίνος κωστής κώστας λάζαρος λάκης λάμπρος λένα λήδα λίνα λαμπρινή λευτέρης λεωνίδας λουκάς
λουκία λυδία μάγδα μάκης μάξιμος μάρθα μάριος μάρκος μαίρη μαγδαληνή μανώλης μαρία μαρίνος μαριάννα
μαριλένα μαρινέλλα μαρκέλλα ματίνα ματθαίος μελίνα μενέλαος μηνάς μιλτιάδης μιχάλης μιχαήλ μπάμπης
μυρτώ νίκος νίνα νατάσα ναταλία νεκτάριος νεκταρία νικήτας νικηφόρος νικολέτα νικολέττα νικόλαος
ντίνα ντίνος ντόρα νόρα νώντας οδυσσέας ορέστης ορφέας πάνος πάρις πέτρος παναγιώτα παναγιώτης
παντελής παρασκευάς πασχάλης παύλος περικλής πηνελόπη πλάτων πολυξένη προκόπης πόπη ράνια ρένα
ραφαήλ ρεβέκκα ρούλα σάββας σάκης σίμος σίσσυ σεραφείμ σοφία σοφοκλής σπήλιος σπυρίδων σπύρος
στάθης στέλιος στέλλα στέργιος στέφανος σταμάτης σταματία σταυρούλα σταύρος στεφανία στράτος
στρατής στυλιανή στυλιανός σωκράτης σωτήρης σωτήριος σόλων τάκης τάνια τάσος τίνα τζένη τηλέμαχος
τιμόθεος φίλιππος φανή φοίβος φραγκίσκος φώτης φώτιος χάρης χαράλαμπος χαρίλαος χρήστος χρίστος
χριστίνα χριστόδουλος χριστόφορος χρυσάνθη χρυσούλα χρυσόστομος όλγα абай абылай агата агния адам
аделина адріан аида айбек айгерим айгерім айгуль айгүл айдана айдар айдос айжан айзада айман айнур
айнура айпери айрат айсулу айсулуу акерке акмарал алевтина алег александар александр александра
александър алексей алена алесь алеся али алибек алина алиса алишер алия алла алмазбек алмат алсу
алтынай альберт альбина альмира альфия аляксандр аляксандра аляксей алёна аліна аліса амангельды
амина ана анастасия анастасія анатолий анатоль анатолій ангела ангелика ангелин ангелина ангеліна
андрей андрија андрэй андрій анелия анель анжела анжелика анита анна антаніна антоанета антон
антонина антония антоніна ануар анђела ардак арина аркадзь аркадий аркадій арсен арсений арсеній
артем артур артём аружан арцём асан асел асель асен асет асия аскар аслан асхат асылбек асқар
атанас афанасий ахмед ахмет аяжан ања ақерке ақмарал балжан барыс бауржан бауыржан бахытжан бегимай
бекболат бекболот бекжан бекзат бекнур белла берик бибигуль билјана биљана благовест благовеста
бобан богдан богдана божана божена божидар борис борислав борче боряна ботагоз бошко боян бојан
бојана бранимир бранислав бранислава бранка бранко булат в'ячеслав вадзім вадим валентин валентина
валери валерий валерия валерый валерій валерія валянцін валянціна ваня варвара васил василий
василина василиса василь васко васіль вацлав вања велимир велина велислав велислава венелин
вениамин венко венцислав веніамін вераніка вероника вероніка веселин веселина вељко виктор виктория
викторија виолета виолетта вита виталий владан владимир владислав владислава владо володимир вольга
војислав всеволод вукашин вячаслаў вячеслав віктар віктор вікторыя вікторія віолетта віта віталь
віталій віталіна вітаўт в’ячеслав габриела габриэла габријела гаврило галин галина галымжан галя
галіна ганна генадзь геннадий геннадій георги георгий георгі георгій гергана герман глеб гліб горан
гордан гордана гордей гоце григор григорий григорій гузель гулнур гульзат гульмира гульнара гусейн
гүлмира гүлнар давид давор дамир дамјан данаил даниел даниела даниил данил данила данило даница
данияр даниїл данијела даніла дар'я дарина дарио дария дарко дархан дарья дарія дар’я даурен делян
дем'ян демид демьян дем’ян денис деница десислав десислава деян дејан дзмітрый дзіяна диана дильназ
дильнара диляра димитар димитър дина динара дијана дмитрий дмитро добрин добромир доминика домініка
доротея драган драгана драгица драгомир драгослав душан душко діана діна дәурен ева евгени евгений
евгения евдокия евелина евеліна егор едуард екатерина елена елизабета елизавета елисавета елисей
елица ельвіра ельміра еліна ема емануил емельян емил емилия емилија еміль емілія ерасыл ербол
ерболат ербулат ержан еркебулан ерлан ернар ернур ерік есения есенія ефим жандос жанета жанибек
жанна жансая жарко жасулан жељка жељко живко жәнібек замира зарина заур захар захари здравко
зинаида зиновий зиновій злата златина златко зміцер зоран зорана зорица зорян зоя зульфия зінаіда
зінаїда ибрагим ивайло иван ивана иванка ивелин ивелина ивета ивица иво ивона игнат игнатий игор
игорь изабелла илиана илия илиян илияна илија илларион илона ильдар ильнур ильшат илья ильяс инга
индира инесса инна иннокентий иосиф ирена ирина ирма исмаил йоан йоана йордан йорданка йосип йосиф
калин камила камилла камиль канстанцін каныбек карина кармен каролина карына каріна кастусь
касымжомарт катарина катерина катя кацярына кира кирил кирилл кирило киро клавдия клара климент
константин коста костянтин красимир красимира кристиан кристина кристиян кристијан крысціна ксения
ксенија ксенія кубанычбек кузьма курманбек кіра кірыл лаврентій лазар лана лариса ларыса лаура
леанід левко лейла лена леонид леонід леся лея лидия лидија лиляна лилјана лина лия лолита лора
луиза лук'ян лука лук’ян лъчезар любен любомир людмил людмила людміла лявон ляйсан лідзія лідія
лізавета ліна магдалена магомед мадина мадияр майя макар максим максім малика мальвина мансур
мар'ян мар'яна марат маргарита маргарыта мариам мариана мариела марин марина мария мариян марија
маријана марк марко марта мартин мартина марына марыя марья марьям марьяна маріанна марія марјан
мар’ян мар’яна матвей матвій матија мацвей маја меланія мелис методи миглена микита микола милана
милен милена миленко миливоје милица милорад милош милутин миодраг мирела мирко мирлан мирон
мирослав мирослава мирјана митко михаил михайло михајло младен момчил момчило моника мстислав мурад
мурат мухаммед мухтар мікалай мікола мікіта мілана мілена міхась міхаіл мұрат мұхтар назар назарій
назгуль назерке наиль наиля настасся наталия наталија наталка наталля наталья наталя наталія наташа
нађа небојша невена неда нели нелли неля немања ненад нестор ника никита никифор никола николай
николина нина нурбек нурболат нургуль нургүл нурдаулет нуржан нурлан нурсултан ніна нұрболат нұргүл
нұрлан нұрсұлтан огнян огњен оксана олга олег олександр олександра олексій олена олесь олеся олжас
оливер оливера ольга орест орися остап павел павле павло паліна панас панче перизат петар петко
петр петра петро петър петя пилип пламен платон полина поліна предраг преслава прохор пятро пётр
равиль раде радик радим радина радка радмила радован радомир радослав радослава радостин радостина
раиса райна ралица рамзан рамиль ранко расул ратко рафаэль рашид раїса регина регіна ренат рената
римма ринат ристо рифат родион розалия роксана роксолана росен ростислав рузанна румен румяна
руслан руслана рустам рустем рыгор сабина сабіна сава савва савелий савелій саид салман самат
сандра санжар сара сафия сафія саша сашко сања светлана светлин светозар светослав святлана
святослав світлана северин семен семён серафим серафима сергей сергій серик силвана силвия силвија
симеон симона синиша славица слађана слободан снежана сніжана соломон соломія сооронбай софия софья
софія соња срђан станимир станислав станислава станко станіслав станіслава станіслаў стеван стела
стелла степан стефан стефания стефанија стефанія стоян стојан страхиња сузана сусанна сцяпан сымон
сяргей тагир таисия талгат тамара таня тарас татиана татьяна татяна татјана таццяна таїсія тања
темирлан теодор теодора тереза тетяна тимофей тимофій тимур тиміш тихомир тихон тијана тогжан тодор
толганай томирис томислав трофим уладзімір уладзіслава уладзіслаў улжан ульяна уляна умар урош
усевалад усен устин фаина фарид фариза фатима фаїна федор федір феликс фелікс филип филипп фросина
фёдар фёдор філіп хасан хелена христиан христиана христина христијан христо цветан цветана цветелин
цветелина цветомир цімафей ціхан чавдар чедомир чингиз чолпон чынгыз шамиль шолпан шынгыс эвелина
эдуард элеонора элиза элина элла эльвира эльвіра эльдар эльза эльмира эльнура эмилия эмиль эмма
эрик эрика эрлан юлиан юлиана юлий юлия юліан юліана юлія юрий юрко юры юрый юрій юсуф ягор яков
якуб яків яна янка янко яраслаў ярема ярина ярослав ярослава яўген яўгенія ђорђе ѓорѓе ѓорѓи єва
євген євгеній євгенія євдокія євстахій єгор єлизавета іван іванка іванна ігар ігнат ігор іларіон
ілларіон ілля ілона інга інеса інна інэса ірена ірина ірма ірына јадранка јана јанко јасмина јелена
јован јована јордан јосип јулијана љиљана љубиша љубомир љубчо љупчо ґанна ґеорґій ғалымжан әйгерім
әлия әсел өмүрбек
"""

_WORLD = """
aakash aamir aarav aarti aashish abbas abdallah abdel abdelaziz abdelfattah abdelhamid abdelkader
abdelrahman abdi abdikarim abdirahman abdulaziz abdullah abdullahi abdulrahman abebe abena abhay
abhijit abhinav abhishek abhisit abimbola abiodun abiy abshir abubakar achieng adaeze adebayo
adekunle adel ademola adenike adeola aderonke adewale adeyemi adhiambo adil aditi aditya adjoa
admir adnan adrienn adwoa adél adéla afrim afshin afua agnieszka agnė agron agus ahlam ahmad ahmed
ahmet aicha aidar aigars aigerim aigul aija aiko aiman ainur ainārs aishwarya aistė aivars aizhan
ajay ajdin ajit ajith ajla akaki akane akash akbar akhil akhona akihiro akihito akiko akinyi akira
akosua akram akshay akua akwasi alaa albana albina aleksa aleksandar aleksandr aleksandra
aleksandrs aleksei aleksey alemayehu alen alenka alexandr alexei alexej alexey aleš algirdas ali
alia aliaksandr aliaksandra aliaksei alicja alija alireza alisa aliya aliyu aljona almir alok alper
alyona alžbeta alžběta amahle amaka amal amandeep amanuel amar amara amartya ambreen amel amer amin
amina aminah amine aminu amir amira amirhossein amirul amit amitabh ammar amna amol amrinder amrita
anahit anan anand ananya anar anas anastasija anastasiya anat anatoli anatoliy anatoly andika
andile andrej andreja andrey andrii andrija andris andrius andriy andrzej andrás anele aneta anete
anežka angelina angéla anh ani anies aniket anikó anil anila anirban anisa anitha anjali anjana
ankit ankita ankur annisa anouar antal antanas antonija antonina antonín antun anum anupam anura
anurag anush anusha anushka anutin anwar anyango anzhelika anđela aoi aparna ara aram arash aravind
arben arbër archana archil arda ardi ardian arief arif arijit arina arjun arkadiusz arkady arman
armen armine arnab arnel arsen arseny arta artak artan artem arti artis arturs artyom artūrs arun
aruna arvind arvydas arvīds arya aryeh arūnas asad asanda asen asha ashish ashkan ashok ashot
ashraf ashwin ashwini asif asifa asim askar aslıhan asma asmaa assad astuti asuka atanas atieno
atiku atsushi attila audrius aurimas austėja avi avigdor avinash avital aviv avner avraham avtandil
aya ayaan ayaka ayako ayan ayana ayanda ayaz ayelet ayesha aykut ayla aylin ayman aynur ayo ayodeji
ayodele ayoub aysel ayten ayub ayumi ayush ayushi ayşe ayşegül azadeh azam azar azat azhar aziz
aziza azizah azlan azman azra azusa aïcha babajide babak babar babatunde babirye baburam bachir
bader badr badri bahadır bahram baiba bakari bakir bakr bala balaji balázs bambang bao barak
barbora barnabás bartek bartosz bartłomiej bashir bashkim basma bassam bassel basuki batuhan bayo
bayu beata bedřich behnam behrouz behzad beka bekim benazir bence benedek benigno bereket berhanu
berivan berk berkay berna bernadett betül beyza beáta bharat bharathi bhaskar bhavna bheki bhim
bidzina bijan bikram bilal bilawal biljana binh biniam binod binta binyamin bipin birendra birtukan
birutė bishnu bisi blanka blaž blerim blerina boaz bogdana boglárka bogumiła bogusław bogusława
bohdan bohumil boitumelo bojan bojana bola bolaji bolesław bongani bonginkosi borbála boris
borislav botond boyan bozhidar boško boštjan bożena božena božidar brahim branimir branislav branka
branko brigitta bronisław budi buhle bukola burak burcu buse bushra busisiwe bwalya bálint béla
bình bülent büşra bảo cabdi cahit canan cansu celal cem cemal cengiz ceren ceyda ceyhun cezary
chaim chaima chaitanya chaiwat chalerm chana chanda chandan chandra chandrika chao charmaine
chatchai chetan chiamaka chidi chidinma chie chiedza chihiro chika chileshe chima chimamanda
chinedu chinh chinua chinwe chinyere chioma chipo chiranjeevi chuan chukwudi chukwuemeka chukwuma
chính cihan csaba csilla cuong czesław cường dace dafna dagmara dahiru daiki dainis daisuke daiva
dalia dalibor dalila dalius damilola damir damjan danial daniil danila danilo danjuma danuta daoud
dapo daria dariush dariusz darko darshan darya dasha davit davor dawid dawit dawood dayo debasish
dedi deepa deepak deepika deividas dejan dejana dele delyan denitsa denny denys desislava desta
dezső dhananjaya dhara dhruv diah dian dieu dijana dilan dilara dileep dilip dilnoza dima dimas
dimitar dimitrije dinara dinda dineo dinesh dipendra divya diána diệu djamel dmitri dmitrij dmitriy
dmitry dmytro domagoj dominika donatas donghyun dongmei dongwon doron dorota dorottya dounia dov
dovydas doyun dragan dragana dragica drago dragomir dražen driss dritan dror dumisani durga duyen
duyên dušan dzmitry dániel dávid dénes dāvis dũng ebrahim ece ecem eda edgars edi edin edina edita
edvards edvinas edyta efe efim efrat efren efua egils eglė egor ehab ehsan ehud eitan eka ekaterina
eko ekow ekrem elad elazar elchin eldar eldin elham eliezer elif elior elisheva elitsa eliyahu
elizaveta eliška elma elnur elvin elvir elwira elçin elīna elżbieta ema emad eman emeka emese emi
emiko emilija emina emine emira emomali emrah emre emőke endang enes enikő enver ephraim ercan eren
erhan eri erkan erlan ermal ermias ernő erol ersin ertan ertuğrul ervin eryk erzsébet esi esin
esmail esra essam eszter eugeniusz eunhye eunji eunwoo evaldas evgeni evgeny evija evita ewa
ewelina eyal eyob fadel fadi fadli fadumo fadzai fahad fahd faheem fahmida fahri faina faisal faiza
faizal fakhar fanni farah farai faraz farhad farhan farhana fariba farid faridah faris farnaz
farooq farouk farshid faruk faruq farzad farzana fatemeh fatih fatima fatma fatmir fauzia fawad
fawzi fazal fedor feliks femi feng ferenc fereshteh fereydoun ferhat ferid fikadu fikile fikret
fikri filipp firdaus fitri flóra folake forough fouad fozia franciszek františek fuad fumiko fumio
funda funmi furkan fyodor gabija gabrielius gadi gagik galina galit gamini ganesh ganjar garba
garegin gatis gatot gaurav gauri gautam gavriel gayane gayatri gazmend gašper gbenga gebre
gediminas geeta gennadi gennady georgi georgy gergana gergely gergő getachew geunhye gevorg ghada
ghassan ghazal ghazala ghazi gholamreza ghulam giang gibran giedrius giedrė gilad gilang gintaras
gints giorgi girish girma gita gizella gjergj gjorgji gleb goce goga gohar gopal gordana gotabaya
govind grażyna gražina grigol grigor grigori grigory grzegorz gréta guang guangming guled gulnar
gulnara gulnur gunay gunel guntis gunārs guohua guoliang guoping guoqiang guram gurbanguly gurdeep
gurmeet gurpreet gustavs gustaw gustáv gusztáv guzel gyanendra gyula gyöngyi györgy gábor géza
gökhan gülnar gülşen günay günel gürkan habiba hadar hadas hadassah hadi hadiza haeun hafiz hafsa
haggai haibo haider haifeng haile hailemariam hailong haim haitao haitham haiyan hajime hajnalka
hajun hakan hakim hakkı hakob hala halil halima halina halyna hamad hamdi hamed hamid hamidreza
hamisi hammad hamza hamzah hana hanako hanan hande hanh hani hany hao haoran haoyu haralds hari
harini harish haroun harpreet harsha haruka haruki harun haruto hasan hashim hasina hasmik hasna
hassan hatem hatice hatim hauwa havva hawa hayato hayk hema hemant hendra henok henryk heri
heungmin hevin heydar hiba hicham hidayah hideki hideo hien hieu hila hillel hilmi hina hinata
hiroki hiroko hiromi hiroshi hisham hitomi hitoshi hiwot hiếu hiền hoa hoang hoda hodan homa hongbo
hongmei hongwei hongxia hongyan hooman hoshyar hossein houda hovhannes hoài hoàng hrant hripsime
hristijan hristina hristo hrvoje hryhoriy hua huanhuan huba huda hui huimin huma humaira huong
husein hussain hussein huy huyen huyền hyejin hyunjin hyunwoo hùng hülya hüseyin hương hạnh hải hậu
hằng ibrahim ichiro idil idowu ieva ifeanyi ifeoma ifrah iftikhar iga ignacy ignas ihab ihor ijaz
ijeoma ikechukwu ikenna ikram ila ilana ildar ildikó ilham ilhan ilia ilija ilir ilja illia illya
ilya ilyas ilze imad iman imants imee imelda imran inbal inbar indira indra indrė indu inese
ingrida inna ināra iqra iraj irakli irena ireneusz irfan irit irwan iryna irēna isaak isamu isha
ishaan ishan ishaq ishtiaq ishwar iskandar ismail ismet issa issam istván itamar itay iva ivailo
ivanka ivanna ivars ivaylo iveta ivica iwan iwona izabella izet izumi jabari jaber jabulani jacek
jadranka jadwiga jaehyun jaein jaemyung jaesung jaewon jafar jagan jagdish jagmeet jahangir jai
jakaya jakov jakub jalal jama jamel jamil jamila jamshed jamshid janez janusz jarmila jaromír
jaroslav jaroslava jaroslaw jarosław jasmin jasmina jaspreet javad javed jawad jaya jayan jayant
jayantha jayaram jayson jekaterina jelani jelena jelica jenő jerzy jewgeni jeyhun jia jiabao jiahao
jiaming jian jianguo jianhua jianjun jianmin jianming jianping jianwei jiawei jiaxin jiayi jie
jieun jiho jihoon jihye jimin jin jindřich jing jingjing jingyi jinhee jinlong jinping jintao
jinwoo jiro jisoo jisu jisung jitendra jitka jiwoo jiyeon jiyoon jiyoung jiří joko jolanta jonghyun
jongun joonho josip josipa jovan jovana jože julianna julija jun junaid jungeun jungkook junho
junichi junjie junko junseo junsu junwei juozas juraj jure jurgis jurgita jurica jurij jurijs juris
justina justinas justyna jusuf jyoti ján jános jázmin józef józsef jānis jēkabs jędrzej jūratė kaan
kabelo kabiru kacper kadir kagiso kaito kajal kalina kaloyan kalpana kalyan kamal kamala kambiz
kamel kamil kamilė kamran kana kanae kanako kanat kanchana kanimozhi kannan kanokwan kanwal kanya
kaori kaoru kapil karabo karan kareem karim karima karlo karol karolis karolína karthik karthikeyan
kartik kartika kartini karīna kashif kaspars kasra kassem kasumi kasun katalin katarzyna katarína
kateryna kateřina katlego kato katrina katrīna katsiaryna katsuya kaveh kavita kavitha kavya kawa
kayode kazem kazimieras kazimierz kazuhiro kazuki kazuko kazuo kazuya kebede kedar keerthi kehinde
keiji keiko keisuke kelechi kemal kemi kenan kenenisa kenichi kenji kenta kentaro kenza keqiang
kerem keren keshav ketan ketevan ketut keyvan kgomotso khachatur khadija khadra khairul khaled
khaleda khalid khalil khanh khanyi khatuna khoa khoi khosrow khrystyna khurram khánh khôi kian
kidane kien kimia kinga kiran kiril kirill kishore kitti kittisak kiyoshi kiên klaudia klemen klára
koba kofi koichi koji kojo komal komang koray kornelia kornél kosta kostiantyn kostyantyn kosuke
kotryna kourosh krasimir krasimira kreshnik krešimir krishna krisna kristaps kristijan krists
kristína kristóf kristýna kristīne krisztina krisztián krišjānis krum krystian krystyna krzysztof
ksenia ksenija kseniya kudzai kuldeep kumiko kunal kunle kusal kwabena kwadwo kwaku kwame kwasi
kweku kwesi kyoko kyrylo kyunghee kyungsoo kálmán károly kâmil kübra kārlis kęstutis lachezar
ladislav lahiru laila lajos lakshmi laleh lalit lamia lamija lan laras larysa lasha lasith lata
latifa laurynas lavanya laxmi lebogang lech lejla lenka leonid leonora lerato lesego lesia lesya
leszek lev levan levent levente levon leyla liang liaquat liat libor lidija lidiya liene lihua
lijuan lijun lili lilit liliya lilla limin linas lindita lindiwe lindokuhle ling lingling linh lior
liping liron liubov liudmyla liyana liza ljiljana ljubica ljubomir ljudmila loc loreta lotfi lovro
lubna luboš lucija lucyna ludvík ludwik luhut lukman lukács lukáš lulzim lungile luqman lusine
luthando luzviminda lwazi lyubomir lyubov lyudmila lyudmyla lászló lâm lóránt līga lőrinc lộc
maayan maciej madara madhav madhavi madhu madhuri madhusudan madiha madina magdaléna magdolna maha
mahad mahathir mahbub mahdi maheen mahela mahendra maher mahesh mahfud mahfuz mahin mahinda mahir
mahira mahmoud mahmud mahmut mahnaz mahnoor mahsa mahtab majid makar makeda makena makoto maksim
maksym maksymilian malak malala malee malek malika malka mamata mami mamoru mamuka manal manana
mandla manh mani manish manisha manju manjunath manmohan manny manoj manpreet mansoor mansour
mansur mantas maqsood marat marcelina marcell marcin mareks mariam mariann maricel mariel mariia
marijana mariko marin mariola mariusz mariya marián markéta marlena martyna martynas marwa marwan
maryam maryan maryana maryna marzena masahiro masaki masako masami masao masashi masato masayoshi
masha masood masoud massoud matan matas matea matej mateja mateusz matija matjaž matvei matvey
matúš matěj matīss mayu mayumi mazen małgorzata mbali meena meenakshi meera megawati meghana megumi
mehmet mehran mehrdad mehriban mehwish mei meiling meir mekonnen meles melih melike melisa menachem
mengistu merab merav meriem mert merve meryem meseret mesfin mesut mher michal michalina michał
michiko midhat mieczysław miha mihailo miho mihály mikalai mikayel mikhail mikheil miki miklós
mikola mikołaj mikus mikyung milad milda milen milica milorad milovan miloš milutin milán mindaugas
ming mingyu minh minho minjae minji minjun minoru minseo minsu mio miodrag miri mirjana miron
miroslav miroslava mirosław mirosława mirsad mirza misaki misbah mischa misha mitja mitko mitra
miyoung miyuki mizuki miķelis miłosz mladen mohamad mohamed mohammad mohammadreza mohammed mohan
mohsen mohsin mojca mojtaba mokhtar mordechai morteza moshe mostafa mounir mourad moussa moustafa
movses mpho mthunzi mubashir muhaimin muhamed muhammad muhammadu muhammed muhammet muharrem
muhyiddin mukesh mukhtar mulenga mulugeta muna munyaradzi murad murat murugan musa mushtaq musonda
mustafa muthoni mykhailo mykhaylo mykola mykolas myungbak mária márk mátyás máté mónika müge māris
mārtiņš mạnh naama nabil nabila nabilah nadav nadeem nader nadezhda nadiah nadiya nadya naeem
naftali nagarjuna nahid nahum naida naim naima nairi najat naji najib najla najma najwa nakato
naledi nalin namal nandi nandini naoki naoko naoto napat narayan narek narendra naresh narges
nargis narine narong naruhito naseem nasim nasir nasiru nasreen nasrin nasser nataliia natalija
nataliya natalja natalya natan nataša natsuki nattawut nattaya natálie nauman naveed naveen navid
navin navjot nawal nawaz nazan nazanin nazar nazia nazmul nebojša necati necdet nechirvan neda
nedim neelam neeraj negar negash neha nela nemanja nenad nerijus neringa nermin nermine nerses
neslihan nesrin nesrine neta netanel neven nevena nevzat neža nga ngan nghia nghĩa ngoc ngozi
nguyet nguyệt ngân ngọc nhi nhlanhla nhung nicat nida nigar nihal nihat nijat nika nikhil nikita
nikola nikolay nikoleta nikolett nikolina nikoloz nilay niloofar niloufar nima nimal nimra ning nir
nirav nirmala nisa nisha nitin niwat nizar njeri nkechi nkosazana nnamdi nneka nnenna nobuo noga
nokuthula nolwazi noman nomsa nomvula nona nonhlanhla noor noriko normunds nosipho nour noura
noureddine novak novia nozomi noémi nthabiseng ntokozo nur nuray nuri nurit nurlan nursultan nurul
nusrat nuwan nyasha nyoman nándor nóra oanh obinna oded ofer ofir ofra ognjen ohad okan okechukwu
oksana olamide olawale olayinka oldřich oleg oleksandr oleksandra oleksii oleksiy olena olesya olha
olivera olivér oliwia oliwier olufemi olumide olusegun oluwaseun oluwatobi omari omer omid omri
ondřej onyeka opeyemi ora oren orhan ori orit orkhan orlando orly orsolya orxan osama osamu oskars
osman ostap otar othman ottó oussama owais ozan oğuz oğuzhan oľga paata padma paetongtarn palesa
pallavi pankaj panna panya pari parisa parsa parth partha parul parvati parvez parvin parviz
patrycja paulius pavla pavle pavlo pavol pawan pawel paweł payal payam pedram pegah pelin pengfei
pervez petar petr petras petrit petro petya peyman phindile phong phu phuc phumzile phuong phát phú
phúc phương pichai pimchanok piotr piroska plamen platon pooja poonam pornthip povilas prabhas
prabhu prabowo pradeep prakash pramila pramod pranab pranav pranee prasad prasanna prasert prashant
prasit pratap prateek pratik praveen pravin prawit prayut prayuth predrag preecha preeti prem
primož pritam prithviraj priya priyanka przemysław purnima pushpa putu pyotr pál péter pēteris
přemysl qais qamar qasim qemal qiang qing qinghua quan quang quoc quyen quynh quyên quân quốc quỳnh
rabia rabindra rabiu rachid rade radek radha radhika radim radka radmila radomir radoslav radosław
radovan rafał raffi rafi rafik rafiq raghu raha raheel rahma rahul raila raimonds rajeev rajendra
rajesh rajiv rakesh ralfs ralitsa rama ramesh rami ramil ramin ramiz ramy ramya ramūnas rana ranbir
rangga ranil ranjan ranjit ranveer rasha rashad rashid rashidi rashmi rasim rastislav ratana
ratchanok ratko ratna rattana rauf ravindra rawan rebeka recep reem refik refilwe reiko reinis
rekha ren renáta reshma retno reuven revathi rexhep reynaldo reza rezan rhea richárd rie rifat
rihards rima rimantas rin rina rinat rini rivka riyad rizal rizki rizky rizwan robertas roberts
rodion rohan rohit rojin rokas roko roksana roksolana rolandas rolands romana rommel ronen rong
rongrong ronit roshan rositsa rostam rostislav rostyslav rotem rotimi roya ruba rubina rufaro
rugilė ruhollah rumana rumen rumi rumyana ruoxi rupa ruslan ruslana rustam rusudan rutendo ruvimbo
ruwan ruzanna ružica ryo ryosuke ryota ryszard ryuji réka rıza rūdolfs rūta saad sabah sabri
sachiko sachin sade sadegh sadia sadiq saeed saeid safa safia sagal sagar sahar sahil sahra sai
saida saiful saima sajid sajith sakchai sakda saki sakina salah saleh sali salih salim salma salman
salwa samah samak saman samar sameer samer samia samina samir samvel sana sanan sanath sandeep
sandiaga sandile sandis sanele sangeeta sangwoo sani sanja sanjay sanjeev sanjiv sanju santosh
sapna saranya saraswati sarath saravanan sarawut sarfaraz sargis sarita sarkis sasithorn sathish
sathya satish satomi satoshi satya satyajit saulius saurabh saurav savita sawsan sayaka saïd saïda
saša sead seda sedat seema segun seiji selahattin selim selin selvi selçuk sema semih semir semra
semyon sena senad senthil senzo seojin seojun seoyeon seoyoon sepideh serafima serdar sergei sergej
sergejs sergey sergiy serhat serhii serhiy serkan serzh seun seungho seunghoon sevil sevim shabana
shabani shabnam shadi shafiq shahar shahbaz shahid shahin shahnaz shahram shahriar shahrzad shahzad
shai shaima shakeel shakib shamim shan shani shankar shanshan shanti sharmila sharmin shaul shavkat
shazia shehbaz shehu shekhar sherwan shiela shigeru shilpa shimon shinichi shinji shinta shinzo
shira shireen shirin shiva shivakumar shivani shizuka shkodran shlomo shmuel sho shoaib shohei
shola shota shreya shruti shuai shuang shukri shulamit shunsuke shushan shweta shyam siad siarhei
siavash sibel sibongile sibusiso siddharth sidra sigal sigit sigitas siham sihle silvija sima
simbarashe simi simin simonas simphiwe simran sinan sindisiwe siniša sinta siphiwe sipho sirikit
sirimavo siriporn siriwan sisay sita siti sivakumar sivan siwoo siyabonga sizwe skënder slamet
slaven slavica slobodan smita sneha snezhana snežana snježana sofiane sofija sofiya sohail sohee
sohrab sola solomiya somchai sompong somsak somsri sona sonali soner sora soraya soroush sota souad
sourav sowmya soyeon soňa spela sreejith srettha srinivas srđan stanislav stanislava stanislaw
stanisław stanisława stanko stasys stepan stipe stjepan stojan stoyan suad suat subhash subrata
suda sudarat sudeep sudha sudhir suha suhail suharto sujata sujatha sujin sukarno sukhbir sukyeol
sulaiman suleiman sulejman sumaiya suman sumaya sumit sundar sunghoon sungmin sunhee sunil sunita
sunyoung supachai supaporn supriya surachai suraj suraya suren suresh surinder surya sushant sushil
sushila sushma sushmita susilo susumu suthep suwanna suzana svetoslav sviatlana svyatoslav swapna
swati swetha swetlana sylwia szabina szabolcs szilvia szilárd szymon sándor sára süleyman sławomir
sơn tadas tadashi tadesse tadeusz taehyung tafadzwa taha taher tahir tahira taimur taiwo takahiro
takashi takeshi takumi takuya tal talha tali tamar tamim tamir tamás taner tanveer tanvi tanvir
tapiwa taras tarek tarik tariq tarique tarun tarık taslima tasnim tatenda tatevik tatsiana tatsuya
tatyana taufik tawanda tawfik tayo tayyip tebogo tehmina teimuraz tejas tekin temitope temur tendai
tengiz terézia tesfaye tetiana tetsuya tetyana teuta tewodros thabang thabo thaksin thanathorn
thandi thandiwe thando thang thanh thao tharindu thato thawatchai themba thembeka theo thinh
thongchai thulani thuong thuy thúy thương thảo thắng thịnh thủy tian tianyi tianyu tibor tien
tigist tigran tijana tilahun timofei timofey timur tinashe tinatin ting tingting tirunesh tiến tobi
todor tolga tolu tomasz tomaž tomer tomislav tomohiro tomoko tomáš tonći tornike toru toshio tova
toyin trajko trang trinh trung truong trí trường trọng tsegaye tshepo tsion tsitsi tsuyoshi tsvetan
tsvetomir tuan tumelo tumi tuncay tunde tundu tung tural turgut turkan tuyet tuyết tuğba tuğrul
tuấn tzipi tâm tân tímea tùng tünde ubah ubolratana uche uchenna udhayanidhi ugnė uladzimir uldis
ulugbek ulyana umar umaru umesh unathi upendra uri uriel uroš urszula urtė urška usama usha usman
utku uyen uyên uzi uzma vadim vadym vahagn vahan vahe vahid vaida vakhtang valdas valdis valentyn
valentyna valeri valerij valeriy valeriya valon valters vanya vardan vartan varun varvara vasil
vasili vasilije vasilisa vasily vasyl vazgen vedat vedran veena velimir veljko venkat venkatesh
ventsislav veselin vesna viacheslav vida vidmantas vidya viesturs viet vignesh vijay vijaya vikas
vikram viktoriia viktorija viktoriya viktória vilius vilmos vinay vinayak vineeth vinh vinko vinod
violeta vira virat virginija vishal vishnu vitali vitalij vitaliy vitaly vivek việt vjosa vladas
vladimír vladislav vladyslav vlasta vlastimil vlatko vojislav vojtěch volha volodymyr vsevolod
vukašin vusi vuyo vyacheslav vytautas václav vân vít věra wacław wael wafa wahab waheed wahyu wale
walid wambui wangari wanjiku wanjiru waqar waqas warsame wasim wassili wassim wasswa wayan wei
weidong weijie weiming weiwei wenhua wenjie wenjun wenwen weronika wichai wiesław wiesława wiktor
wiktoria wioletta wirat wissam witali witold wladimir wojciech woojin wulan władysław włodzimierz
xia xiaodong xiaofeng xiaogang xiaohong xiaohua xiaohui xiaojun xiaoli xiaolin xiaolong xiaomei
xiaoming xiaoping xiaowei xiaoxiao xiaoyan xiaoyu xin xinyi xinyu xiu xiuying xolani xuan xuemei
xuân yaa yaakov yacine yael yahya yakov yakubu yakup yalçın yamuna yan yana yanti yanyan yao yared
yariv yaron yaroslav yaroslava yasaman yash yasin yasir yasmeen yasmina yasser yassin yassine
yasuhiro yasuo yavor yavuz yaw yazid yefim yegor yehoshua yehuda yehudit yejun yekaterina yelena
yelizaveta yemi yerlan yervand yetunde yevgeni yevgenia yevgeny yevhen yeşim yichen yifan yifei
yigal yiming ying yingluck yingying yinka yiran yitzhak yiwen yixuan yoana yoav yoel yogesh
yohannes yoichi yoko yonas yonatan yong yoni yordan yosef yoshihiro yoshiko yoshinori yoshio yossi
younghee youngsoo younis younus yousaf yousef yousif youssef youssouf yoweri yuanyuan yudi yue
yufei yui yuichi yuji yujin yuka yukari yuki yukiko yukio yuko yulan yulia yuliia yuliya yumi
yumiko yun yuna yuni yunus yuqi yurii yuriy yury yusra yusuf yusuke yuta yuting yuto yutong yuval
yuvraj yuxuan yücel yến zafar zaheer zahid zahra zaid zain zainab zainal zakaria zakariya zakhar
zaki zalán zandile zanele zara zarina zaur zaven zayed zbigniew zdenka zdeněk zdeňka zdravka
zdravko zdzisław ze'ev zeba zeeshan zeev zehra zeina zeinab zeki zemin zenaida zenon zerihun zeynab
zeynep zhanna zhen zhenya zhi zhihao zhiming zhiqiang zhivko zhiwei zhiyong zhiyuan zhong zia ziad
zihan zihao zinaida zineb zinhle ziqi zitto ziva zixuan ziya ziyi zlata zlatan zlatko zodwa zofia
zohaib zohar zola zoltán zora zoran zorica zoya zsigmond zsolt zsombor zsuzsa zsuzsanna zsófia
zubair zulfiqar zulkifli zurab zuzana zuzanna zvi zviad zvonimir zygmunt ádám ágnes ákos áron árpád
ömer özcan özge özkan ünal đorđe đuro đạt đức ēriks ľubica ľubomír ľuboš ľudmila ľudovít łucja
łukasz şebnem şenol şerife şeyma şule şükrü šarūnas šimon špela štefan štěpán šárka żaneta žaneta
žarko željka željko žiga žilvinas živilė živko žygimantas
"""

# Splitting the lists into a set of some 9,600 names costs about 2 ms, more than a short run
# spends looking names up: the first lookups search the text of the lists instead (a name
# is there when it stands between spaces, 5 to 50 µs), and the set is built at the lookup
# after SEARCHES, so a long run pays for it once and then looks up in the set.
SEARCHES = 32
_searched = 0
_text = ""
_names: frozenset[str] | None = None


def is_given_name(name: str) -> bool:
    """Whether ``name`` (lower case) is one of the given names."""
    global _searched, _text
    if _names is None and _searched < SEARCHES:
        _searched += 1
        if not _text:
            _text = (" " + _GERMANIC + _ROMANCE + _CYRILLIC_GREEK + _WORLD + " ").replace("\n", " ")
        return name != "" and not any(c.isspace() for c in name) and f" {name} " in _text
    return name in _given_names()


def _given_names() -> frozenset[str]:
    global _names
    if _names is None:
        _names = frozenset((_GERMANIC + _ROMANCE + _CYRILLIC_GREEK + _WORLD).split())
    return _names


def __getattr__(attr: str):
    if attr == "GIVEN_NAMES":             # the set, built on first use
        return _given_names()
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")
