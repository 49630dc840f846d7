package nl.werkplein.ecoach.werkmap;

public enum Opleidingsniveau { GEEN, VMBO, MBO1, MBO2, MBO3, MBO4, HAVO, VWO, HBO, WO }
