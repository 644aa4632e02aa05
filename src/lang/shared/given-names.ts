// Common given names across Europe and the English-speaking world, used to tell a person
// ("Thomas Fog-Petersen") from an organisation. Hand-kept; lower case.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(`
aaron adam adrian agnieszka ahmed aino alain alan albert alberto alessandra alessandro alex alexander alexandra alexis
alfred ali alice alina amanda amelie anders andrea andreas andrew andrzej andré anette angela angelika anita ann anna
anne anneli annika anton antonio antti arne arnaud astrid aurélie axel barbara bart beata ben benedikt benjamin bent
bernd bernhard birgit birgitta bjørn björn bo bob brian brigitte camilla carl carla carlo carlos caroline catherine
cecilie charles charlotte chris christian christina christine christoph christopher claire claudia claus daniel daniela
david dennis dieter dirk dominik dorota ed edward elena elias elin elisabeth elizabeth ella emil emilia emily emma eric
erik erika esben espen eva ewa fabian fabio federica federico felix filip florian francesca francesco francisco frank
franz françois frederik fredrik frida gabriel gabriele george georg gerhard gianluca giorgio giovanni giulia giuseppe
gregor gunnar gustav hanna hannah hannes hans harald heidi heike heinz helen helena helga helmut henrik henning herbert
hugo ida ingrid inge isabel isabella jacob jakob jakub james jan jane janne jean jennifer jens jesper jessica joachim
joanna johan johann johanna johannes john jonas jonathan jordi jorge jose josé josef juan julia julian julie juha
jukka jörg jürgen kai karen kari karin karl karolina kasper katarzyna kate katharina kathrin kevin kim kirsten klaus
krzysztof kristian kristina lars laura laurent lea lena leon linda lisa lise lorenzo louise luca lucas lucia luigi
lukas luis łukasz magnus maja malin marc marcel marco marcin marek margrethe maria marie marina mario mark markus marta
martin martina mary mats matteo matthias mattias max maximilian michael michał michel michele mika mikael mikkel mona
monika morten nadia natalia nicolas niels nikolai nils nina ola olaf ole oliver olivier olof otto pablo paolo patrick
paul paula pekka per peter petra philip philipp piotr pierre pål rafael rainer ralf rasmus rebecca richard rikke
robert roberto roger roland rune ruth sabine sakarias salvatore sam samuel sandra sara sarah sebastian sergio silvia
simon simone sofia sophie stefan stefano steffen stephan steve steven sune susanne svein sven søren tanja terje thomas
thorsten tim timo tobias tom tomas tomasz tommy tony torbjørn torgeir tove trine ulf ulla ulrich ulrik uwe valentina
vincent viktor wolfgang xavier yvonne zofia henrik marthin tony
`.split(/\s+/).filter(Boolean));
