package nl.werkplein.socialreturn.vacature;

/** Education level asked for, from low to high (the order is used by the routing rules). */
public enum Opleidingsniveau {
    GEEN, VMBO, MBO1, MBO2, MBO3, MBO4, HAVO, VWO, HBO, WO
}
