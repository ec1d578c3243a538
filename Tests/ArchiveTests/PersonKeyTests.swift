import Archive
import Testing

@Suite struct PersonKeyTests {
    @Test(arguments: [
        ("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
        ("Murat Nurtleu", "Murat Nourtléou"),
        ("Moukhtar Tleouberdi", "Mukhtar Tleuberdi"),
        ("Noursoultan Nazarbaïev", "Nursultan Nazarbayev"),
        ("Wang Yi", "WANG Yi"),
        ("Wang Yi", "Yi Wang"),
        ("Vladimir Poutine", "Vladimir Putin"),
    ])
    func spellingsOfOnePersonShareAKey(_ pair: (String, String)) {
        #expect(PersonKey.make(pair.0) == PersonKey.make(pair.1))
    }

    @Test func differentPeopleHaveDifferentKeys() {
        #expect(PersonKey.make("Wang Yi") != PersonKey.make("Wang Wentao"))
        #expect(PersonKey.make("Xi Jinping") != PersonKey.make("Li Qiang"))
    }

    @Test func honorificsAreDropped() {
        #expect(PersonKey.make("M. Jean-Noël Barrot") == PersonKey.make("Jean-Noel Barrot"))
    }
}
