module.exports = function electronWebRtc () {
  throw new Error('electron-webrtc is not available: the test IPFS node runs offline without WebRTC.')
}
